import { describe, expect, it } from "vitest";
import { SANDBOX_FLEET } from "@/lib/sandbox/fleet-definition";
import { db } from "@/lib/server/db/client";
import { registerDemoFleet } from "@/lib/server/services/demo/register-demo-fleet";
import { seedDemoHistory } from "@/lib/server/services/demo/seed-demo-history";
import { seedUser } from "@/lib/testing/seed";
import { getReport } from "./get-report";

describe("the demo history", () => {
  it("seeds about 200 past incidents once, in well under 2 s, and fills every part of the report", async () => {
    await registerDemoFleet(SANDBOX_FLEET.map((service, index) => ({ slug: service.slug, name: service.name, team: service.team, baseUrl: `http://127.0.0.1:${40_000 + index}`, port: 40_000 + index })));
    const started = performance.now();
    expect(await seedDemoHistory()).toEqual({ seeded: true });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await seedDemoHistory()).toEqual({ seeded: false });

    const incidents = await db().incident.findMany({ select: { title: true, status: true } });
    expect(incidents).toHaveLength(200);
    expect(incidents.every((incident) => incident.title.endsWith("(demo history)"))).toBe(true);
    expect(incidents.every((incident) => incident.status === "resolved" || incident.status === "closed")).toBe(true);

    const { caller: admin } = await seedUser("admin");
    const report = await getReport(admin, {});
    expect(report.totals.incidents).toBe(200);
    expect(report.overTime.filter((bucket) => bucket.total > 0).length).toBeGreaterThanOrEqual(11);
    expect(report.clocks.timeToRollback.measured).toBeGreaterThan(50);
    expect(report.clocks.timeToRollback.shareWithinBudget).toBeGreaterThan(0);
    expect(report.clocks.timeToRollback.shareWithinBudget).toBeLessThan(1);
    expect(report.mitigations.map((row) => row.kind)).toEqual(expect.arrayContaining(["rollback", "hotfix", "feature_flag"]));
    expect(report.mitigations.find((row) => row.kind === "rollback")?.reRollbacks).toBeGreaterThan(0);
    expect(report.drills.count).toBeGreaterThan(20);
    expect(report.actionItems.overdue).toBeGreaterThan(0);
  });
});
