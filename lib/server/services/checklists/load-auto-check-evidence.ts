import "server-only";
import { collectAutoCheckEvidence, type AutoCheckEvidence, type AutoCheckKey, type VerifiedRun } from "@/lib/domain/checklists/auto-check";
import type { VerificationReport } from "@/lib/domain/rollback/verification";
import type { Db } from "../../db/client";
import { listVerifiedRunsOfIncident } from "../../queries/checklists";
import type { PlanSnapshot } from "../rollbacks/rollback-run-dto";

export type AutoCheckEvidenceMap = Partial<Record<AutoCheckKey, AutoCheckEvidence>>;

/** For each auto-check key, the incident's newest verification that proves it. */
export async function loadAutoCheckEvidence(tx: Db, incidentId: string): Promise<AutoCheckEvidenceMap> {
  const runs = await listVerifiedRunsOfIncident(tx, incidentId);
  const verified: VerifiedRun[] = runs.flatMap((run) => {
    const report = run.verification as VerificationReport | null;
    if (!report || !Array.isArray(report.checks)) return [];
    return [{ runId: run.id, planName: (run.planSnapshot as PlanSnapshot).name, verifiedAt: report.finishedAt, checks: report.checks }];
  });
  return collectAutoCheckEvidence(verified);
}
