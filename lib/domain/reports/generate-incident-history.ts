import type { Scenario } from "../decisions/decision-matrix";
import type { Severity } from "../incidents/lifecycle";
import type { HistoricalIncident, HistoricalRun } from "./incident-history";
import type { MitigationKind } from "./mitigation";

export type HistoryService = { id: string; name: string; plans: { id: string; name: string; type: string }[] };

export type HistoryOptions = {
  count: number;
  drills: number;
  now: Date;
  /** How far back the history reaches. */
  days: number;
  /** The same seed gives the same history. */
  seed: number;
  services: readonly HistoryService[];
  /** The post-rollback checklist template the incidents' checklists point at. */
  checklistTemplateId: string;
  newId: () => string;
  /** Appended to every title, so history is never mistaken for a real incident. */
  titleSuffix: string;
};

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

/** mulberry32: small, fast, seedable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PROFILES: readonly { severity: Severity; weight: number; scenario: Scenario; budgetMinutes: number; titles: readonly string[] }[] = [
  { severity: "critical", weight: 0.1, scenario: "data_corruption", budgetMinutes: 5, titles: ["Orders written with wrong totals", "Payments double-charged after deploy", "Cart data lost on checkout"] },
  { severity: "high", weight: 0.3, scenario: "performance_degradation", budgetMinutes: 15, titles: ["p95 latency doubled after release", "Error rate above 5% after deploy", "Queue backlog growing after release"] },
  { severity: "medium", weight: 0.4, scenario: "feature_breaking_bug", budgetMinutes: 30, titles: ["Coupon codes rejected", "Search returns no results for some users", "Saved carts missing after sign-in"] },
  { severity: "low", weight: 0.2, scenario: "minor_ui_issue", budgetMinutes: 60, titles: ["Button misaligned on mobile", "Wrong currency symbol in footer", "Broken icon on order page"] },
];

/**
 * A plausible year of incidents: severities, scenarios and services mixed,
 * most rolled back within the budget and some not, a few rollbacks failed
 * and run again, hotfixes and flag flips, post-mortems with action items
 * (some overdue) and post-rollback checklists. Pure: ids and randomness are
 * injected, so the demo, the benchmark and tests share it.
 */
export function generateIncidentHistory(options: HistoryOptions): { incidents: HistoricalIncident[]; drills: HistoricalRun[] } {
  const rand = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const between = (low: number, high: number) => low + rand() * (high - low);
  const latest = options.now.getTime() - 2 * DAY;
  const incidents: HistoricalIncident[] = [];
  for (let index = 0; index < options.count; index += 1) {
    let roll = rand();
    const profile = PROFILES.find((candidate) => (roll -= candidate.weight) < 0) ?? (PROFILES[3] as (typeof PROFILES)[number]);
    const service = pick(options.services);
    const detected = latest - rand() * (options.days - 2) * DAY;
    const security = profile.severity === "critical" && rand() < 0.2;
    const scenario: Scenario | null = security ? "security_vulnerability" : rand() < 0.1 ? null : profile.scenario;
    const declared = detected + between(0.5, 6) * MINUTE;
    const decided = profile.severity === "low" && rand() < 0.5 ? null : declared + profile.budgetMinutes * between(0.2, 1.6) * MINUTE;
    const mitigation = chooseMitigation(profile.severity, rand());
    const runs: HistoricalRun[] = [];
    let restored: number;
    const start = (decided ?? declared) + between(1, 6) * MINUTE;
    if (mitigation === "rollback") {
      const plan = service.plans.find((candidate) => candidate.type === "application") ?? (service.plans[0] as HistoryService["plans"][number]);
      const failed = rand() < 0.15;
      const firstEnd = start + between(2, 8) * MINUTE;
      runs.push(runRow(options, service, plan, "live", start, firstEnd, failed ? "failed" : "succeeded", failed ? "not_started" : "passed"));
      restored = firstEnd + between(3, 8) * MINUTE;
      if (failed) {
        const recovery = service.plans.find((candidate) => candidate.type === "emergency_recovery") ?? plan;
        const secondStart = firstEnd + between(3, 12) * MINUTE;
        const secondEnd = secondStart + between(3, 10) * MINUTE;
        runs.push(runRow(options, service, recovery, "live", secondStart, secondEnd, "succeeded", "passed"));
        restored = secondEnd + between(3, 8) * MINUTE;
      }
    } else {
      restored = start + between(mitigation === "feature_flag" ? 2 : 20, mitigation === "feature_flag" ? 15 : 180) * MINUTE;
    }
    const resolved = restored + between(30, 300) * MINUTE;
    const closed = options.now.getTime() - resolved > 14 * DAY && rand() < 0.8 ? resolved + between(1, 10) * DAY : null;
    const title = `${pick(profile.titles)} on ${service.name} ${options.titleSuffix}`;
    const id = options.newId();
    incidents.push({
      id,
      title,
      summary: "Demo history: a past incident generated so the reports have a year to show.",
      severity: profile.severity,
      scenario,
      status: closed !== null && closed < options.now.getTime() ? "closed" : "resolved",
      private: security,
      commanderId: null,
      detectedAt: new Date(detected),
      declaredAt: new Date(declared),
      decidedAt: decided === null ? null : new Date(decided),
      mitigationStartedAt: mitigation === null ? null : new Date(start),
      mitigatedAt: new Date(restored),
      restoredAt: new Date(restored),
      resolvedAt: new Date(resolved),
      closedAt: closed !== null && closed < options.now.getTime() ? new Date(closed) : null,
      mitigation: mitigation === "rollback" && rand() < 0.5 ? null : mitigation,
      serviceIds: [service.id],
      participantIds: [],
      runs,
      timeline: [
        { kind: "incident.declared", summary: `Declared: ${title}`, createdAt: new Date(declared) },
        ...(decided === null ? [] : [{ kind: "decision.concluded", summary: "Decision recorded", createdAt: new Date(decided) }]),
        ...runs.map((run) => ({ kind: "rollback.run_finished", summary: `${run.planSnapshot.name} ${run.status}`, createdAt: run.finishedAt as Date })),
        { kind: "incident.status_changed", summary: "Service restored; monitoring", createdAt: new Date(restored) },
        { kind: "incident.status_changed", summary: "Resolved", createdAt: new Date(resolved) },
      ],
      postMortem: profile.severity !== "low" && rand() < 0.45 ? postMortemFor(options, rand, title, resolved) : null,
      checklist: runs.length > 0 && rand() < 0.4 ? checklistFor(options, rand, restored) : null,
    });
  }
  const drills = Array.from({ length: options.drills }, () => {
    const service = pick(options.services);
    const plan = pick(service.plans);
    const started = latest - rand() * (options.days - 2) * DAY;
    const ok = rand() < 0.85;
    return runRow(options, service, plan, "drill", started, started + between(2, 15) * MINUTE, ok ? "succeeded" : "failed", ok ? "passed" : "failed");
  });
  return { incidents, drills };
}

function chooseMitigation(severity: Severity, roll: number): MitigationKind | null {
  if (severity === "low") return roll < 0.7 ? "hotfix" : null;
  if (roll < 0.65) return "rollback";
  if (roll < 0.8) return "feature_flag";
  if (roll < 0.95) return "hotfix";
  return "config_change";
}

function runRow(options: HistoryOptions, service: HistoryService, plan: HistoryService["plans"][number], mode: "live" | "drill", start: number, end: number, status: HistoricalRun["status"], verificationStatus: HistoricalRun["verificationStatus"]): HistoricalRun {
  return {
    id: options.newId(),
    planId: plan.id,
    serviceId: service.id,
    planSnapshot: { name: plan.name, type: plan.type, version: 1, verification: null },
    mode,
    status,
    verificationStatus,
    reason: mode === "drill" ? "Scheduled drill (demo history)" : "Rollback (demo history)",
    startedByName: "Demo history",
    createdAt: new Date(start),
    finishedAt: new Date(end),
  };
}

const ACTION_ITEMS = ["Add a canary stage for this service", "Alert on error budget burn", "Write a regression test", "Document the rollback in the runbook"];

function postMortemFor(options: HistoryOptions, rand: () => number, title: string, resolved: number): NonNullable<HistoricalIncident["postMortem"]> {
  const published = rand() < 0.7;
  return {
    id: options.newId(),
    status: published ? "published" : rand() < 0.5 ? "in_review" : "draft",
    title: `Post-mortem: ${title}`,
    content: `# Post-mortem: ${title}\n\nDemo history.`,
    publishedAt: published ? new Date(resolved + 3 * DAY) : null,
    actionItems: ACTION_ITEMS.slice(0, 2 + Math.floor(rand() * 2)).map((text) => {
      const due = resolved + (7 + rand() * 21) * DAY;
      const done = due < options.now.getTime() && rand() < 0.75;
      return { title: text, dueAt: new Date(due), status: done ? "done" : rand() < 0.5 ? "in_progress" : "open", doneAt: done ? new Date(due - DAY) : null };
    }),
  };
}

const CHECKLIST_GROUPS = [
  { title: "Immediate", hours: 1, items: ["Verify all systems operational", "Check monitoring dashboards", "Notify stakeholders"] },
  { title: "Short-term", hours: 24, items: ["Root cause analysis", "Schedule retrospective"] },
  { title: "Long-term", hours: 168, items: ["Improve testing procedures", "Update rollback documentation"] },
];

function checklistFor(options: HistoryOptions, rand: () => number, restored: number): NonNullable<HistoricalIncident["checklist"]> {
  return {
    id: options.newId(),
    templateId: options.checklistTemplateId,
    name: "Post-rollback checklist",
    anchorAt: new Date(restored),
    items: CHECKLIST_GROUPS.flatMap((group) =>
      group.items.map((text) => {
        const due = restored + group.hours * 60 * MINUTE;
        const done = rand() < 0.85;
        return { groupTitle: group.title, text, dueAt: new Date(due), doneAt: done ? new Date(Math.min(due, options.now.getTime())) : null, notApplicable: false };
      }),
    ),
  };
}
