import "server-only";
import { describeFeatureFlagsParams, type FeatureFlagsParams } from "@/lib/domain/rollback/actions/feature-flags";
import type { ActionExecutor, ActionPreview, CapturedState } from "../../integrations/rollback/action-executor";
import { db } from "../../db/client";
import { findFeatureFlagByKey, listFeatureFlagsInSet, type FeatureFlagRow } from "../../queries/feature-flags";
import { rollbackActor, runReference } from "./rollback-actor";
import { setFeatureFlagEnabled } from "./set-feature-flag-enabled";
import { stepFailure, throwIfCancelled } from "./step-failure";
import { turnOffFlagSet } from "./turn-off-flag-set";

const CREATE_HINT = "Check the flag in Settings → Flags, then retry the step";

/**
 * Rewind's own flag store, written in Rewind's database (hence a service, not
 * an integration). Both operations set a state, so a step interrupted by a
 * crash can simply run again.
 */
export const featureFlagsExecutor: ActionExecutor<FeatureFlagsParams> = {
  kind: "feature_flags",
  resumable: () => true,

  async preview(params) {
    return { description: describeFeatureFlagsParams(params), dryRun: { supported: true, ...(await dryRun(params)) } } satisfies ActionPreview;
  },

  async capture(params): Promise<CapturedState> {
    const flags = await flagsNamedBy(params);
    const label = params.operation === "set" ? `Feature flag ${params.key} before the rollback` : `Feature flags of set ${params.set} before the rollback`;
    return { label, data: { flags: flags.map(capturedFlag), ...(params.operation === "set" && flags.length === 0 ? { missing: [params.key] } : {}) } };
  },

  async execute(params, context) {
    throwIfCancelled(context.signal);
    const actor = rollbackActor(context.variables);
    const via = runReference(context);
    if (params.operation === "set") {
      context.log(`Turning feature flag ${params.key} ${onOff(params.enabled)}`);
      const { flag, changed } = await setFeatureFlagEnabled(actor, params.key, params.enabled, null, via).catch((error: unknown) => {
        throw stepFailure(error, CREATE_HINT);
      });
      const summary = changed ? `Turned feature flag ${flag.key} ${onOff(flag.enabled)}` : `Feature flag ${flag.key} was already ${onOff(flag.enabled)}: nothing changed`;
      context.log(`${summary}; applications now get ${JSON.stringify(flag.enabled ? flag.onValue : flag.offValue)}`);
      return { summary, details: { key: flag.key, enabled: flag.enabled, changed, version: flag.version } };
    }
    context.log(`Emergency rollback: turning off every feature flag in set ${params.set}`);
    const { turnedOff, alreadyOff } = await turnOffFlagSet(actor, params.set, null, via).catch((error: unknown) => {
      throw stepFailure(error, "Put flags in the set in Settings → Flags, or fix the step's set name");
    });
    if (turnedOff.length > 0) context.log(`Turned off ${count(turnedOff.length)}: ${turnedOff.map((flag) => flag.key).join(", ")}`);
    if (alreadyOff.length > 0) context.log(`Already off: ${alreadyOff.join(", ")}`);
    const summary = turnedOff.length > 0 ? `Turned off ${count(turnedOff.length)} of set ${params.set}` : `Every flag of set ${params.set} was already off: nothing changed`;
    return { summary, details: { set: params.set, turnedOff: turnedOff.map((flag) => ({ key: flag.key, version: flag.version })), alreadyOff } };
  },
};

async function dryRun(params: FeatureFlagsParams): Promise<{ ok: boolean; lines: string[] }> {
  const flags = await flagsNamedBy(params);
  if (params.operation === "set") {
    const flag = flags[0];
    if (!flag) return { ok: false, lines: [`No feature flag ${params.key}: the step would fail. ${CREATE_HINT}.`] };
    if (flag.enabled === params.enabled) return { ok: true, lines: [`${flag.key} is already ${onOff(flag.enabled)}: nothing would change`] };
    const value = params.enabled ? flag.onValue : flag.offValue;
    return { ok: true, lines: [`Would turn ${flag.key} ${onOff(params.enabled)} (it is ${onOff(flag.enabled)} now); applications would get ${JSON.stringify(value)}`] };
  }
  if (flags.length === 0) return { ok: false, lines: [`No feature flag is in set ${params.set}: the step would fail`] };
  const on = flags.filter((flag) => flag.enabled).map((flag) => flag.key);
  const off = flags.filter((flag) => !flag.enabled).map((flag) => flag.key);
  return {
    ok: true,
    lines: [
      on.length > 0 ? `Would turn off ${count(on.length)}: ${on.join(", ")}` : `Every flag of set ${params.set} is already off: nothing would change`,
      ...(off.length > 0 && on.length > 0 ? [`Already off: ${off.join(", ")}`] : []),
    ],
  };
}

async function flagsNamedBy(params: FeatureFlagsParams): Promise<FeatureFlagRow[]> {
  if (params.operation === "turn_off_set") return listFeatureFlagsInSet(db(), params.set);
  const flag = await findFeatureFlagByKey(db(), params.key);
  return flag ? [flag] : [];
}

function capturedFlag(flag: FeatureFlagRow) {
  return { key: flag.key, enabled: flag.enabled, onValue: flag.onValue, offValue: flag.offValue, killSwitch: flag.killSwitch, sets: flag.sets, version: flag.version };
}

const onOff = (enabled: boolean) => (enabled ? "on" : "off");
const count = (n: number) => `${n} ${n === 1 ? "flag" : "flags"}`;
