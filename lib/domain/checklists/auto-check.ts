import type { CheckOutcome, VerificationCheck } from "../rollback/verification";

/**
 * Checklist items Rewind can tick itself, each proven by a rollback's
 * verification report. A template item names one of these keys.
 */
export const AUTO_CHECK_KEYS = ["systems_verified", "services_running", "critical_flows", "monitoring_active", "performance_restored", "data_intact"] as const;
export type AutoCheckKey = (typeof AUTO_CHECK_KEYS)[number];

/** The verification checks that prove each key; null: every check of the report. */
const PROVING_KINDS: Record<AutoCheckKey, readonly VerificationCheck["kind"][] | null> = {
  systems_verified: null,
  services_running: ["health_endpoints"],
  critical_flows: ["http"],
  // Error rate and latency checks only pass on samples from the window, so live monitoring is what they prove.
  monitoring_active: ["error_rate", "p95_baseline"],
  performance_restored: ["p95_baseline"],
  data_intact: ["sql_row_counts"],
};

/** What the proving checks are called: "3 of 3 health endpoint checks passed". */
export const AUTO_CHECK_LABELS: Record<AutoCheckKey, string> = {
  systems_verified: "verification checks",
  services_running: "health endpoint checks",
  critical_flows: "critical flow checks",
  monitoring_active: "error rate and latency checks",
  performance_restored: "p95 latency checks",
  data_intact: "row count checks",
};

export type AutoCheckProof = { passed: number; total: number };

/**
 * How a report proves the key: all its proving checks passed, and there is at
 * least one. A report that ran none of them proves nothing.
 */
export function proveAutoCheck(key: AutoCheckKey, checks: readonly Pick<CheckOutcome, "kind" | "passed">[]): AutoCheckProof | null {
  const kinds = PROVING_KINDS[key];
  const relevant = kinds === null ? checks : checks.filter((check) => kinds.includes(check.kind));
  if (relevant.length === 0 || relevant.some((check) => !check.passed)) return null;
  return { passed: relevant.length, total: relevant.length };
}

export type VerifiedRun = { runId: string; planName: string; verifiedAt: string; checks: readonly Pick<CheckOutcome, "kind" | "passed">[] };
export type AutoCheckEvidence = { runId: string; planName: string; verifiedAt: string } & AutoCheckProof;

/** For each key, the newest run that proves it (`runs` in any order). */
export function collectAutoCheckEvidence(runs: readonly VerifiedRun[]): Partial<Record<AutoCheckKey, AutoCheckEvidence>> {
  const newestFirst = [...runs].sort((a, b) => b.verifiedAt.localeCompare(a.verifiedAt));
  const evidence: Partial<Record<AutoCheckKey, AutoCheckEvidence>> = {};
  for (const key of AUTO_CHECK_KEYS) {
    for (const run of newestFirst) {
      const proof = proveAutoCheck(key, run.checks);
      if (!proof) continue;
      evidence[key] = { runId: run.runId, planName: run.planName, verifiedAt: run.verifiedAt, ...proof };
      break;
    }
  }
  return evidence;
}

export function isAutoCheckKey(value: string | null | undefined): value is AutoCheckKey {
  return (AUTO_CHECK_KEYS as readonly string[]).includes(value ?? "");
}
