import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { seedUser } from "@/lib/testing/seed";
import { createFeatureFlag } from "./create-feature-flag";
import { deleteFeatureFlag } from "./delete-feature-flag";
import { listFeatureFlags } from "./list-feature-flags";
import { turnOffFlagSet } from "./turn-off-flag-set";
import { updateFeatureFlag } from "./update-feature-flag";

const flagInput = (key: string, overrides: Partial<Parameters<typeof createFeatureFlag>[1]> = {}) => ({
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

describe("feature flags", () => {
  it("are created by admins with an audit row and a realtime change, listed for every role", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: viewer } = await seedUser("viewer");
    const flag = await createFeatureFlag(admin, flagInput("create.banner", { onValue: { text: "Sale" }, offValue: {}, sets: ["marketing"] }), "req-flag-1");

    expect(flag).toMatchObject({ key: "create.banner", enabled: true, onValue: { text: "Sale" }, offValue: {}, sets: ["marketing"], version: 1, updatedBy: admin.name });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: flag.id } });
    expect(audit).toMatchObject({ action: "feature_flag.created", actorUserId: admin.userId, requestId: "req-flag-1", payload: expect.objectContaining({ key: "create.banner", onValue: { text: "Sale" } }) });
    expect(broadcasts).toContainEqual({ room: "flags", event: "flags:changed", payload: { flags: [flag] } });
    expect((await listFeatureFlags(viewer)).map((listed) => listed.key)).toContain("create.banner");
  });

  it("refuse a commander's create and a duplicate key, writing nothing", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    await createFeatureFlag(admin, flagInput("create.twice"), null);
    const auditBefore = await db().auditEvent.count();

    await expect(createFeatureFlag(commander, flagInput("create.by-commander"), null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createFeatureFlag(admin, flagInput("create.twice"), null)).rejects.toMatchObject({ code: "conflict", details: [{ field: "key" }] });
    expect(await db().auditEvent.count()).toBe(auditBefore);
  });

  it("are edited at the version the editor saw; a stale edit gets 409 carrying the current flag", async () => {
    const { caller: admin } = await seedUser("admin");
    const flag = await createFeatureFlag(admin, flagInput("edit.checkout-flow", { onValue: "new", offValue: "old" }), null);

    const edited = await updateFeatureFlag(admin, flag.key, { version: 1, description: "New checkout flow", onValue: "newer" }, null);
    expect(edited).toMatchObject({ version: 2, description: "New checkout flow", onValue: "newer", offValue: "old" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: flag.id, action: "feature_flag.updated" } });
    expect(audit.payload).toEqual({ key: flag.key, version: 2, changes: { description: { from: null, to: "New checkout flow" }, onValue: { from: "new", to: "newer" } } });

    const stale = updateFeatureFlag(admin, flag.key, { version: 1, enabled: false }, null);
    await expect(stale).rejects.toMatchObject({ code: "conflict", extra: { current: edited } });
    expect((await listFeatureFlags(admin)).find((listed) => listed.key === flag.key)?.enabled).toBe(true);
  });

  it("refuse an on value and an off value of different types, naming the field", async () => {
    const { caller: admin } = await seedUser("admin");
    const flag = await createFeatureFlag(admin, flagInput("edit.typed"), null);
    await expect(updateFeatureFlag(admin, flag.key, { version: 1, offValue: "off" }, null)).rejects.toMatchObject({
      code: "bad_request",
      details: [{ field: "offValue", message: "must have the same type as the on value (boolean), not string" }],
    });
  });

  it("let a commander pull a kill switch, and nothing else", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    const killSwitch = await createFeatureFlag(admin, flagInput("kill.payments", { killSwitch: true }), null);
    const plain = await createFeatureFlag(admin, flagInput("kill.plain"), null);

    await expect(updateFeatureFlag(commander, plain.key, { version: 1, enabled: false }, null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateFeatureFlag(commander, killSwitch.key, { version: 1, enabled: false, description: "why" }, null)).rejects.toMatchObject({ code: "forbidden" });
    const pulled = await updateFeatureFlag(commander, killSwitch.key, { version: 1, enabled: false }, null);
    expect(pulled).toMatchObject({ enabled: false, version: 2, updatedBy: commander.name });
    await expect(updateFeatureFlag(commander, killSwitch.key, { version: 2, enabled: true }, null)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("are deleted by admins, with the realtime deletion", async () => {
    const { caller: admin } = await seedUser("admin");
    const flag = await createFeatureFlag(admin, flagInput("delete.me"), null);
    await deleteFeatureFlag(admin, flag.key, null);
    expect(await db().featureFlag.findUnique({ where: { key: flag.key } })).toBeNull();
    expect(await db().auditEvent.count({ where: { targetId: flag.id, action: "feature_flag.deleted" } })).toBe(1);
    expect(broadcasts).toContainEqual({ room: "flags", event: "flags:deleted", payload: { key: flag.key } });
    await expect(deleteFeatureFlag(admin, flag.key, null)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("turnOffFlagSet (emergency rollback)", () => {
  it("turns every flag of the set off in one transaction, with one audit event listing them and one realtime change", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    await createFeatureFlag(admin, flagInput("set.checkout-a", { sets: ["checkout"] }), null);
    await createFeatureFlag(admin, flagInput("set.checkout-b", { sets: ["checkout", "payments"], onValue: 5, offValue: 0 }), null);
    await createFeatureFlag(admin, flagInput("set.checkout-c", { sets: ["checkout"], enabled: false }), null);
    const outside = await createFeatureFlag(admin, flagInput("set.other", { sets: ["search"] }), null);
    broadcasts.length = 0;

    const result = await turnOffFlagSet(commander, "checkout", "req-emergency");

    expect(result.turnedOff.map((flag) => [flag.key, flag.enabled, flag.version])).toEqual([
      ["set.checkout-a", false, 2],
      ["set.checkout-b", false, 2],
    ]);
    expect(result.alreadyOff).toEqual(["set.checkout-c"]);
    const audits = await db().auditEvent.findMany({ where: { requestId: "req-emergency" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "feature_flag_set.turned_off",
      targetType: "feature_flag_set",
      targetId: "checkout",
      actorUserId: commander.userId,
      payload: { set: "checkout", turnedOff: [expect.objectContaining({ key: "set.checkout-a", version: 2 }), expect.objectContaining({ key: "set.checkout-b", version: 2 })], alreadyOff: ["set.checkout-c"] },
    });
    expect(broadcasts.filter((broadcast) => broadcast.room === "flags")).toEqual([{ room: "flags", event: "flags:changed", payload: { flags: result.turnedOff } }]);
    expect((await db().featureFlag.findUniqueOrThrow({ where: { key: outside.key } })).enabled).toBe(true);
  });

  it("changes nothing the second time, refuses an empty set and a responder", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: responder } = await seedUser("responder");
    await createFeatureFlag(admin, flagInput("again.one", { sets: ["again"] }), null);
    await turnOffFlagSet(admin, "again", null);
    broadcasts.length = 0;

    expect(await turnOffFlagSet(admin, "again", null)).toEqual({ set: "again", turnedOff: [], alreadyOff: ["again.one"] });
    expect(broadcasts).toEqual([expect.objectContaining({ room: "audit" })]);
    await expect(turnOffFlagSet(admin, "no-such-set", null)).rejects.toMatchObject({ code: "not_found" });
    await expect(turnOffFlagSet(responder, "again", null)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("is all or nothing: a failing transaction leaves every flag on", async () => {
    const { caller: admin } = await seedUser("admin");
    await createFeatureFlag(admin, flagInput("atomic.one", { sets: ["atomic"] }), null);
    await createFeatureFlag(admin, flagInput("atomic.two", { sets: ["atomic"] }), null);
    // The audit row is written after the flags, in the same transaction: an actor user that does not exist breaks its foreign key.
    const ghost = { ...admin, userId: "00000000-0000-4000-8000-000000000000" };
    await expect(turnOffFlagSet(ghost, "atomic", null)).rejects.toMatchObject({ code: "P2003" });
    const flags = await db().featureFlag.findMany({ where: { sets: { has: "atomic" } } });
    expect(flags.map((flag) => flag.enabled)).toEqual([true, true]);
  });
});
