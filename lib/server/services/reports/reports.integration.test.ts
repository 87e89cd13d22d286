import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/api/v1/reports/incidents.csv/route";
import { GET as reportRoute } from "@/app/api/v1/reports/route";
import { buildReport } from "@/lib/domain/reports/build-report";
import type { IncidentFacts } from "@/lib/domain/reports/incident-facts";
import { FIXTURE_ACTION_ITEMS, FIXTURE_CHECKLIST_ITEMS, FIXTURE_DRILLS, FIXTURE_FACTS, FIXTURE_INCIDENTS, FIXTURE_NOW } from "@/lib/domain/reports/report-fixtures";
import { PLAN_TYPES, type PlanType } from "@/lib/domain/rollback/plan";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import type { HistoricalIncident, HistoricalRun } from "@/lib/domain/reports/incident-history";
import { insertIncidentHistory } from "@/lib/server/queries/reports/insert-incident-history";
import { ensureActiveChecklistTemplate } from "@/lib/server/services/get-active-checklist-template";
import { seedService, seedToken, seedUser } from "@/lib/testing/seed";
import { exportIncidentsCsv } from "./export-incidents-csv";
import { getIncidentReport } from "./get-incident-report";
import { getReport } from "./get-report";

const QUERY = { from: "2026-01-01", to: "2026-02-28" };
let admin: Caller;
let participant: Caller;
let outsider: Caller;
let viewerToken: string;

/** The fixture facts written as rows: incident E (private) has `participant` on it; items hang off A and B. */
beforeAll(async () => {
  admin = (await seedUser("admin")).caller;
  participant = (await seedUser("viewer")).caller;
  outsider = (await seedUser("viewer")).caller;
  viewerToken = (await seedToken("viewer")).secret;
  const slugs = [...new Set(FIXTURE_INCIDENTS.flatMap((incident) => incident.services))];
  const services = new Map(await Promise.all(slugs.map(async (slug) => [slug, (await seedService({ slug })).id] as const)));
  const plans = new Map<string, string>();
  for (const [slug, serviceId] of services) {
    for (const type of PLAN_TYPES) {
      const plan = await db().rollbackPlan.create({ data: { serviceId, type, name: `${type} plan` } });
      plans.set(`${slug}:${type}`, plan.id);
    }
  }
  const template = await ensureActiveChecklistTemplate(db(), "post-rollback");
  const runOf = (slug: string, planType: PlanType, fields: Pick<HistoricalRun, "mode" | "status" | "verificationStatus" | "createdAt" | "finishedAt">): HistoricalRun => ({
    id: randomUUID(),
    planId: plans.get(`${slug}:${planType}`) as string,
    serviceId: services.get(slug) as string,
    planSnapshot: { name: `${planType} plan`, type: planType, version: 1, verification: null },
    reason: "fixture",
    startedByName: "Fixture",
    ...fields,
  });
  const rows = FIXTURE_INCIDENTS.map((facts): HistoricalIncident => {
    const slug = facts.services[0] as string;
    return {
      id: randomUUID(),
      title: facts.title,
      summary: null,
      severity: facts.severity,
      scenario: facts.scenario,
      status: facts.status,
      private: facts.private,
      commanderId: null,
      detectedAt: facts.detectedAt,
      declaredAt: facts.detectedAt,
      decidedAt: facts.decidedAt,
      mitigationStartedAt: null,
      mitigatedAt: null,
      restoredAt: facts.restoredAt,
      resolvedAt: facts.resolvedAt,
      closedAt: null,
      mitigation: facts.mitigation,
      serviceIds: facts.services.map((service) => services.get(service) as string),
      participantIds: facts.private ? [participant.userId as string] : [],
      runs: facts.liveRuns.map((run) => runOf(slug, run.planType, { mode: "live", status: run.status as HistoricalRun["status"], verificationStatus: run.verificationStatus as HistoricalRun["verificationStatus"], createdAt: run.startedAt, finishedAt: run.startedAt })),
      timeline: [],
      postMortem: facts.key === "A" ? { id: randomUUID(), status: "published", title: "A", content: "#", publishedAt: null, actionItems: FIXTURE_ACTION_ITEMS.map((item, index) => ({ title: `item ${index}`, ...item, doneAt: null })) } : null,
      checklist: facts.key === "B" ? { id: randomUUID(), templateId: template.id, name: "Post-rollback", anchorAt: null, items: FIXTURE_CHECKLIST_ITEMS.map((item, index) => ({ groupTitle: "Immediate", text: `check ${index}`, ...item })) } : null,
    };
  });
  const drills = FIXTURE_DRILLS.map((drill) => runOf("storefront", "application", { mode: "drill", status: drill.status as HistoricalRun["status"], verificationStatus: "skipped", createdAt: drill.startedAt, finishedAt: drill.finishedAt }));
  // Outside the range: must count nowhere.
  const late = { ...rows[0], id: randomUUID(), detectedAt: new Date("2026-03-01T00:00:00Z"), runs: [], postMortem: null, checklist: null } as HistoricalIncident;
  await insertIncidentHistory(db(), [...rows, late], drills);
});

function publicOnly(incidents: readonly IncidentFacts[]) {
  return incidents.filter((incident) => !incident.private);
}

describe("the report's SQL", () => {
  it("equals the pure functions on the same fixtures (admins see every incident)", async () => {
    expect(await getReport(admin, QUERY, FIXTURE_NOW)).toEqual(buildReport(FIXTURE_FACTS));
  });

  it("leaves private incidents out of a non-participant's figures, and keeps them for a participant", async () => {
    expect(await getReport(outsider, QUERY, FIXTURE_NOW)).toEqual(buildReport({ ...FIXTURE_FACTS, incidents: publicOnly(FIXTURE_INCIDENTS) }));
    expect((await getReport(participant, QUERY, FIXTURE_NOW)).totals.incidents).toBe(6);
  });

  it("filters by severity and by service slug", async () => {
    const high = FIXTURE_INCIDENTS.filter((incident) => incident.severity === "high");
    const highReport = await getReport(admin, { ...QUERY, severity: "high" }, FIXTURE_NOW);
    const expectedHigh = buildReport({ ...FIXTURE_FACTS, incidents: high, actionItems: [], checklistItems: FIXTURE_CHECKLIST_ITEMS });
    expect(highReport).toEqual(expectedHigh);
    const storefront = FIXTURE_INCIDENTS.filter((incident) => incident.services.includes("storefront"));
    const storefrontReport = await getReport(admin, { ...QUERY, service: "storefront" }, FIXTURE_NOW);
    expect(storefrontReport.totals.incidents).toBe(storefront.length);
    expect(storefrontReport.clocks).toEqual(buildReport({ ...FIXTURE_FACTS, incidents: storefront }).clocks);
    expect(storefrontReport.drills.count).toBe(4);
    expect((await getReport(admin, { ...QUERY, service: "checkout-api" }, FIXTURE_NOW)).drills.count).toBe(0);
  });
});

describe("the incidents CSV", () => {
  it("has a header and one row per visible incident, quoted and with formulas defused", async () => {
    const { csv, fileName } = await exportIncidentsCsv(admin, QUERY, FIXTURE_NOW);
    expect(fileName).toBe("rewind-incidents-2026-01-01-to-2026-02-28.csv");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^key,title,severity,scenario,status,private,services,/);
    expect(lines).toHaveLength(1 + 6);
    expect(lines[1]).toMatch(/^INC-\d+,Checkout writes corrupt rows,critical,data_corruption,resolved,false,checkout-api,2026-01-05T10:00:00.000Z,.*,120,240,600,3600,300,true,true,rollback,1,true,false$/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('"Button, misaligned"');
    expect(csv).toContain("checkout-api; storefront");
    const outsiderCsv = (await exportIncidentsCsv(outsider, QUERY, FIXTURE_NOW)).csv;
    expect(outsiderCsv).not.toContain("Token leak");
    expect(outsiderCsv.trimEnd().split("\r\n")).toHaveLength(1 + 5);
  });
});

describe("the report routes", () => {
  const get = (path: string) => new Request(`http://rewind.test${path}`, { headers: { authorization: `Bearer ${viewerToken}`, host: "rewind.test" } });
  const context = { params: Promise.resolve({}) };

  it("answer 400 naming the field for a bad day, severity or range", async () => {
    for (const [query, field] of [["from=2026-13-45", "from"], ["severity=urgent", "severity"], ["from=2026-03-01&to=2026-01-01", "from"], ["service=Not%20A%20Slug", "service"]] as const) {
      const response = await reportRoute(get(`/api/v1/reports?${query}`), context);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { details: { field: string }[] } };
      expect(body.error.details.map((detail) => detail.field)).toContain(field);
    }
  });

  it("serve the report as JSON and the CSV as an attachment", async () => {
    const report = await reportRoute(get("/api/v1/reports?from=2026-01-01&to=2026-02-28"), context);
    expect(report.status).toBe(200);
    expect(((await report.json()) as { report: { totals: { incidents: number } } }).report.totals.incidents).toBe(5);
    const csv = await csvRoute(get("/api/v1/reports/incidents.csv?from=2026-01-01&to=2026-02-28&severity=critical"), context);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toContain('attachment; filename="rewind-incidents-2026-01-01-to-2026-02-28.csv"');
    expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(2);
    expect((await csvRoute(get("/api/v1/reports/incidents.csv?to=yesterday"), context)).status).toBe(400);
  });
});

describe("the printable incident report", () => {
  it("shows clocks against budget, runs and items, and is a 404 to a non-participant of a private incident", async () => {
    const incidents = await db().incident.findMany({ where: { title: { in: ["Storefront p95 doubled", "Token leak"] } }, select: { number: true, title: true } });
    const keyOf = (title: string) => `INC-${incidents.find((incident) => incident.title === title)?.number}`;
    const report = await getIncidentReport(outsider, keyOf("Storefront p95 doubled"), FIXTURE_NOW);
    expect(report.budgetSeconds).toBe(900);
    expect(report.clocks).toEqual([
      { clock: "timeToDecision", seconds: 600, withinBudget: true },
      { clock: "timeToRollback", seconds: 1200, withinBudget: false },
      { clock: "timeToVerified", seconds: 2400, withinBudget: null },
      { clock: "mttr", seconds: 7200, withinBudget: null },
    ]);
    expect(report.runs.map((run) => [run.planType, run.status])).toEqual([["application", "failed"], ["emergency_recovery", "succeeded"]]);
    expect(report.checklists).toEqual([{ name: "Post-rollback", done: 2, total: 5, overdue: 1 }]);
    await expect(getIncidentReport(outsider, keyOf("Token leak"))).rejects.toMatchObject({ code: "not_found" });
    expect((await getIncidentReport(participant, keyOf("Token leak"))).incident.private).toBe(true);
  });
});
