import "server-only";
import { describeSandboxParams, PREVIOUS_SANDBOX_VERSION, type SandboxParams } from "@/lib/domain/rollback/actions/sandbox";
import { NO_FAULTS, type SandboxState } from "@/lib/sandbox/control-api";
import { ActionFailure, type ActionContext, type ActionExecutor } from "./action-executor";
import { connectSandbox, describeSandboxState, type SandboxControl, stateSummary, waitUntilLive } from "./sandbox-control";
import { planSandboxChange, resolveDeployVersion } from "./sandbox-preview";

/** Applies the operation and answers the state after it, with a one-line summary. */
async function apply(params: SandboxParams, control: SandboxControl, before: SandboxState, context: ActionContext): Promise<{ after: SandboxState; summary: string }> {
  const slug = params.service;
  switch (params.operation) {
    case "deploy": {
      // "previous" is resolved to a concrete version first, so what is deployed is what the log names.
      const resolved = resolveDeployVersion(slug, params.version, before);
      if ("problem" in resolved && params.version === PREVIOUS_SANDBOX_VERSION) throw new ActionFailure(`Cannot deploy the previous version: ${resolved.problem}`);
      // An unknown version goes to the sandbox as asked, which refuses it with its own message.
      const version = "version" in resolved ? resolved.version : params.version;
      if (params.version === PREVIOUS_SANDBOX_VERSION) context.log(`The previous version of ${slug} is ${version}`);
      context.log(`Deploying ${version} to ${slug} (now ${before.currentVersion})`);
      await control.call("deploy", (client) => client.deploy({ version }));
      const after = await waitUntilLive(control, version, context.signal, context.log);
      return { after, summary: `Deployed ${version} to ${slug} (was ${before.currentVersion})` };
    }
    case "switch_live": {
      context.log(`Switching ${slug}'s live traffic to ${params.color} (${before.slots[params.color].version})`);
      const after = await control.call("switch", (client) => client.switchLive(params.color));
      return { after, summary: `Switched ${slug} to ${after.liveColor}: ${after.currentVersion} live (was ${before.currentVersion} on ${before.liveColor})` };
    }
    case "canary_weight": {
      context.log(`Setting ${slug}'s canary weight to ${params.weight}%`);
      const after = await control.call("canary", (client) => client.setCanaryWeight(params.weight));
      return { after, summary: `Set ${slug}'s canary weight to ${after.canaryWeight}% (was ${before.canaryWeight}%)` };
    }
    case "clear_faults": {
      context.log(`Clearing ${slug}'s injected faults`);
      const after = await control.call("faults", (client) => client.setFaults(NO_FAULTS));
      return { after, summary: `Cleared ${slug}'s injected faults` };
    }
  }
}

export const sandboxExecutor: ActionExecutor<SandboxParams> = {
  kind: "sandbox",

  // Every operation sets a state, so running it again changes nothing more,
  // except deploying "previous": execute resolves it to a concrete version,
  // but only at run time, and the engine re-runs the step with its params.
  // After a crash past the deploy, "previous" would resolve against the
  // rolled-back state and put the bad release back. Naming the version keeps a step resumable.
  resumable: (params) => !(params.operation === "deploy" && params.version === PREVIOUS_SANDBOX_VERSION),

  async preview(params, env) {
    const description = describeSandboxParams(params);
    try {
      const control = await connectSandbox(params.service, env, env.signal);
      const state = await control.call("state", (client) => client.state());
      return { description, dryRun: { supported: true, ...planSandboxChange(params, state) } };
    } catch (error) {
      if (error instanceof ActionFailure) return { description, dryRun: { supported: true, ok: false, lines: [error.message] } };
      throw error;
    }
  },

  async execute(params, context) {
    const control = await connectSandbox(params.service, context, context.signal);
    const before = await control.call("state", (client) => client.state());
    context.log(`Before: ${describeSandboxState(before)}`);
    const { after, summary } = await apply(params, control, before, context);
    context.log(`After: ${describeSandboxState(after)}`);
    return { summary, details: { service: params.service, operation: params.operation, before: stateSummary(before), after: stateSummary(after) } };
  },

  async capture(params, env) {
    const control = await connectSandbox(params.service, env, env.signal);
    const state = await control.call("state", (client) => client.state());
    return { label: `Sandbox service ${params.service}: ${describeSandboxState(state)}`, data: state };
  },
};
