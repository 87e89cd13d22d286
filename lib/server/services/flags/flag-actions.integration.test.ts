import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { ActionFailure, type ActionContext, type ActionEnvironment } from "@/lib/server/integrations/rollback/action-executor";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { seedService, seedUser } from "@/lib/testing/seed";
import { createFeatureFlag } from "./create-feature-flag";
import { featureFlagsExecutor } from "./feature-flags-action";
import { maintenanceExecutor } from "./maintenance-action";

const RUN_ID = "4d7b1c2e-0000-4000-8000-000000000001";

function environment(): ActionEnvironment & { signal: AbortSignal } {
  return {
    variables: { "run.id": RUN_ID, "actor.name": "Dana Commander", "service.slug": "checkout-api" },
    secrets: { reveal: () => Promise.reject(new Error("no secrets here")), resolve: (value) => (typeof value === "string" ? Promise.resolve(value) : Promise.reject(new Error("no secrets here"))) },
    sandboxBaseUrl: () => Promise.resolve(null),
    runbookScript: () => Promise.resolve(null),
    signal: new AbortController().signal,
  };
}

function context(step: string, lines: string[], signal = new AbortController().signal): ActionContext {
  return { ...environment(), idempotencyKey: step, signal, log: (line) => lines.push(line) };
}

const flag = (key: string, overrides: { enabled?: boolean; sets?: string[]; killSwitch?: boolean } = {}) => ({
  key,
  description: null,
  enabled: true,
  onValue: true,
  offValue: false,
  killSwitch: false,
  sets: [],
  ...overrides,
});

let broadcasts: Broadcast[] = [];
beforeEach(() => {
  broadcasts = [];
  recordBroadcasts(broadcasts);
});
afterEach(() => stopRecordingBroadcasts());

describe("featureFlagsExecutor", () => {
  it("previews, captures and runs an emergency rollback of a set, as the run's system actor, resumably", async () => {
    const { caller: admin } = await seedUser("admin");
    for (const key of ["a", "b", "c"]) await createFeatureFlag(admin, flag(`emergency.${key}`, { sets: ["storefront"] }), null);
    await createFeatureFlag(admin, flag("emergency.d", { sets: ["storefront"], enabled: false }), null);
    const params = { operation: "turn_off_set" as const, set: "storefront" };

    expect(featureFlagsExecutor.resumable(params)).toBe(true);
    expect(await featureFlagsExecutor.preview(params, environment())).toEqual({
      description: "Emergency rollback: turn off every feature flag in set storefront",
      dryRun: { supported: true, ok: true, lines: ["Would turn off 3 flags: emergency.a, emergency.b, emergency.c", "Already off: emergency.d"] },
    });
    expect(await db().featureFlag.count({ where: { sets: { has: "storefront" }, enabled: true } })).toBe(3);
    const captured = await featureFlagsExecutor.capture!(params, environment());
    expect(captured?.data.flags).toEqual([
      expect.objectContaining({ key: "emergency.a", enabled: true, version: 1 }),
      expect.objectContaining({ key: "emergency.b", enabled: true }),
      expect.objectContaining({ key: "emergency.c", enabled: true }),
      expect.objectContaining({ key: "emergency.d", enabled: false }),
    ]);

    const lines: string[] = [];
    const result = await featureFlagsExecutor.execute(params, context("step-emergency", lines));
    expect(result.summary).toBe("Turned off 3 flags of set storefront");
    expect(lines).toEqual(["Emergency rollback: turning off every feature flag in set storefront", "Turned off 3 flags: emergency.a, emergency.b, emergency.c", "Already off: emergency.d"]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "feature_flag_set.turned_off", targetId: "storefront" } });
    expect(audit).toMatchObject({ actorUserId: null, actorTokenId: null, payload: expect.objectContaining({ via: { runId: RUN_ID, startedBy: "Dana Commander", step: "step-emergency" } }) });
    const stored = await db().featureFlag.findUniqueOrThrow({ where: { key: "emergency.a" } });
    expect(stored.updatedBy).toBe(`Rewind rollback run ${RUN_ID} for Dana Commander`);
    expect(broadcasts).toContainEqual(expect.objectContaining({ room: "flags", event: "flags:changed" }));

    // Resumed after a crash: the same step again sets the same state and changes nothing.
    const again = await featureFlagsExecutor.execute(params, context("step-emergency", []));
    expect(again.summary).toBe("Every flag of set storefront was already off: nothing changed");
    expect((await db().featureFlag.findUniqueOrThrow({ where: { key: "emergency.a" } })).version).toBe(2);
  });

  it("sets one flag, and fails plainly for a flag or a set that does not exist", async () => {
    const { caller: admin } = await seedUser("admin");
    await createFeatureFlag(admin, flag("single.search-v2", { enabled: false }), null);
    const lines: string[] = [];

    expect((await featureFlagsExecutor.preview({ operation: "set", key: "single.search-v2", enabled: true }, environment())).dryRun).toEqual({
      supported: true,
      ok: true,
      lines: ["Would turn single.search-v2 on (it is off now); applications would get true"],
    });
    const result = await featureFlagsExecutor.execute({ operation: "set", key: "single.search-v2", enabled: true }, context("step-set", lines));
    expect(result).toEqual({ summary: "Turned feature flag single.search-v2 on", details: { key: "single.search-v2", enabled: true, changed: true, version: 2 } });
    expect(lines).toEqual(["Turning feature flag single.search-v2 on", "Turned feature flag single.search-v2 on; applications now get true"]);

    expect((await featureFlagsExecutor.preview({ operation: "set", key: "single.missing", enabled: false }, environment())).dryRun).toMatchObject({ supported: true, ok: false });
    await expect(featureFlagsExecutor.execute({ operation: "set", key: "single.missing", enabled: false }, context("step-missing", []))).rejects.toMatchObject({
      name: "ActionFailure",
      message: "No feature flag single.missing. Check the flag in Settings → Flags, then retry the step",
      options: { retryable: false },
    });
    await expect(featureFlagsExecutor.execute({ operation: "turn_off_set", set: "nothing-here" }, context("step-empty", []))).rejects.toBeInstanceOf(ActionFailure);
  });

  it("changes nothing once cancelled", async () => {
    const { caller: admin } = await seedUser("admin");
    await createFeatureFlag(admin, flag("cancel.me", { sets: ["cancel"] }), null);
    const controller = new AbortController();
    controller.abort();
    await expect(featureFlagsExecutor.execute({ operation: "turn_off_set", set: "cancel" }, context("step-cancel", [], controller.signal))).rejects.toBeInstanceOf(ActionFailure);
    expect((await db().featureFlag.findUniqueOrThrow({ where: { key: "cancel.me" } })).enabled).toBe(true);
  });
});

describe("maintenanceExecutor", () => {
  it("creates the service's maintenance flag on first use, then sets it, with its message readable by applications", async () => {
    const service = await seedService({ slug: "checkout-api", name: "Checkout API" });
    const on = { service: service.slug, enabled: true, message: "Checkout is down for maintenance until 14:00" };

    expect(maintenanceExecutor.resumable(on)).toBe(true);
    expect(await maintenanceExecutor.capture!(on, environment())).toEqual({
      label: "Maintenance mode of checkout-api before the rollback",
      data: { key: "maintenance.checkout-api", exists: false, enabled: false, description: null, version: null },
    });
    expect((await maintenanceExecutor.preview(on, environment())).dryRun).toEqual({
      supported: true,
      ok: true,
      lines: ["Would turn maintenance mode of Checkout API on (the flag does not exist yet and would be created)", "Message for applications: Checkout is down for maintenance until 14:00"],
    });
    expect(await db().featureFlag.count({ where: { key: "maintenance.checkout-api" } })).toBe(0);

    const lines: string[] = [];
    expect((await maintenanceExecutor.execute(on, context("step-maint-on", lines))).summary).toBe("Maintenance mode of checkout-api is on");
    expect(lines).toContain("Created flag maintenance.checkout-api; applications of checkout-api read it through OFREP");
    expect(await db().featureFlag.findUniqueOrThrow({ where: { key: "maintenance.checkout-api" } })).toMatchObject({
      enabled: true,
      onValue: true,
      offValue: false,
      killSwitch: false,
      description: "Checkout is down for maintenance until 14:00",
    });
    expect((await maintenanceExecutor.execute(on, context("step-maint-on", []))).summary).toBe("Maintenance mode of checkout-api was already on: nothing changed");

    const off = await maintenanceExecutor.execute({ service: service.slug, enabled: false }, context("step-maint-off", []));
    expect(off.details).toMatchObject({ enabled: false, created: false, changed: true, version: 2 });
    const audits = await db().auditEvent.findMany({ where: { action: { startsWith: "maintenance." } }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => audit.action)).toEqual(["maintenance.turned_on", "maintenance.turned_on", "maintenance.turned_off"]);
    expect(audits[2]?.payload).toMatchObject({ via: { runId: RUN_ID, step: "step-maint-off" } });
  });

  it("fails plainly for a service that does not exist", async () => {
    const params = { service: "no-such-service", enabled: true };
    expect((await maintenanceExecutor.preview(params, environment())).dryRun).toMatchObject({ supported: true, ok: false });
    await expect(maintenanceExecutor.execute(params, context("step-maint-missing", []))).rejects.toThrow(/No service with slug no-such-service/);
    expect(await db().featureFlag.count({ where: { key: "maintenance.no-such-service" } })).toBe(0);
  });
});
