import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import { seedService } from "@/lib/testing/seed";
import { createHealthSource } from "./create-health-source";
import { pruneHealthData } from "./prune-health-data";
import { rollUpRecentHealth } from "./roll-up-recent-health";

async function sourceOfNewService() {
  const service = await seedService();
  const source = await createHealthSource(SYSTEM_ACTOR, service.id, { name: "probe", kind: "http_probe", intervalSeconds: 5, enabled: true, config: { url: "http://127.0.0.1:9/health", expectedStatus: 200, timeoutMs: 1_000 } }, null);
  return { serviceId: service.id, sourceId: source.id };
}

describe("health rollups and retention", () => {
  it("folds whole minutes of samples into one row per service and minute, idempotently", async () => {
    const { serviceId, sourceId } = await sourceOfNewService();
    const now = new Date("2026-11-22T10:07:30Z");
    const at = (iso: string, fields: Partial<{ ok: boolean; errorRate: number; p95Ms: number; requestRate: number }>) => ({ serviceId, sourceId, at: new Date(iso), ok: true, ...fields });
    await db().healthSample.createMany({
      data: [
        at("2026-11-22T10:05:10Z", { errorRate: 0.02, p95Ms: 40, requestRate: 10 }),
        at("2026-11-22T10:05:40Z", { errorRate: 0.1, p95Ms: 90, requestRate: 30, ok: false }),
        at("2026-11-22T10:06:20Z", { errorRate: 0, p95Ms: 20, requestRate: 20 }),
        // The current minute is not over: it is left for the next run.
        at("2026-11-22T10:07:05Z", { errorRate: 0.5, p95Ms: 500, requestRate: 1 }),
      ],
    });

    await rollUpRecentHealth(now);
    await rollUpRecentHealth(now);
    const rollups = await db().healthRollup.findMany({ where: { serviceId }, orderBy: { minute: "asc" } });
    expect(rollups).toHaveLength(2);
    expect(rollups[0]).toMatchObject({ minute: new Date("2026-11-22T10:05:00Z"), samples: 2, okSamples: 1, p95Ms: 90 });
    expect(rollups[0]!.errorRate).toBeCloseTo(0.06);
    expect(rollups[0]!.requestRate).toBeCloseTo(20);
    expect(rollups[1]).toMatchObject({ minute: new Date("2026-11-22T10:06:00Z"), samples: 1, okSamples: 1 });
  });

  it("keeps raw samples 48 hours and rollups 30 days", async () => {
    const { serviceId, sourceId } = await sourceOfNewService();
    const now = new Date("2026-11-22T12:00:00Z");
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    await db().healthSample.createMany({ data: [47, 49].map((hours) => ({ serviceId, sourceId, at: hoursAgo(hours), ok: true })) });
    await db().healthRollup.createMany({ data: [29 * 24, 31 * 24].map((hours) => ({ serviceId, minute: hoursAgo(hours), samples: 1, okSamples: 1 })) });

    expect(await pruneHealthData(now)).toEqual({ samples: 1, rollups: 1 });
    expect((await db().healthSample.findMany({ where: { serviceId } })).map((row) => row.at)).toEqual([hoursAgo(47)]);
    expect((await db().healthRollup.findMany({ where: { serviceId } })).map((row) => row.minute)).toEqual([hoursAgo(29 * 24)]);
  });
});
