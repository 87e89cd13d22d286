import "server-only";
import type { VerificationCheck, VerificationConfig } from "@/lib/domain/rollback/verification";
import { summarizeVerification, type VerificationReport } from "@/lib/domain/rollback/verification";
import { db } from "../../../db/client";
import type { Prisma } from "../../../db/generated/client";
import { insertServiceChange, latestDeployBefore } from "../../../queries/service-changes";
import { toHealthMarker } from "../../../dto/health";
import { findRun, lockRun, updateRun } from "../../../queries/rollback-runs";
import { applyVerificationToChecklists } from "../../checklists/apply-verification-to-checklists";
import type { PlanSnapshot } from "../rollback-run-dto";
import { actionEnvironment } from "./action-environment";
import { ENGINE_ACTOR, EngineEffects } from "./engine-effects";
import { runCheck } from "./verification-checks";

/** Seed 000's verify_rollback.py checks health, error rate and latency when a plan names none. */
const DEFAULT_CHECKS: VerificationCheck[] = [{ kind: "health_endpoints", urls: [] }, { kind: "error_rate" }, { kind: "p95_baseline" }];

/**
 * The `rollback-verify` job: runs when the verification window after the
 * last step has passed, and writes the report on the run and the incident.
 */
export async function verifyRun(runId: string): Promise<void> {
  const run = await findRun(db(), runId);
  if (!run || run.mode !== "live" || run.verificationStatus !== "running" || !run.finishedAt) return;
  const config = (run.planSnapshot as PlanSnapshot).verification as VerificationConfig;
  const startedAt = new Date();
  const lastDeploy = await latestDeployBefore(db(), run.serviceId, run.createdAt);
  const capture = (run.capture ?? {}) as { rowCounts?: { database: string; counts?: Record<string, number> }[]; version?: string | null };
  const context = {
    db: db(),
    serviceId: run.serviceId,
    // A second verification, much later, looks at the latest window only.
    window: { from: new Date(Math.max(run.finishedAt.getTime(), startedAt.getTime() - config.windowSeconds * 1000)), to: startedAt },
    baselineAnchor: lastDeploy?.at ?? run.createdAt,
    capturedRowCounts: capture.rowCounts ?? [],
    secrets: actionEnvironment(db(), run).secrets,
    signal: AbortSignal.timeout(30_000),
  };
  const checks = config.checks.length > 0 ? config.checks : DEFAULT_CHECKS;
  const outcomes = (await Promise.all(checks.map((check) => runCheck(check, context)))).flat();
  const report = summarizeVerification(outcomes, { startedAt: context.window.from, finishedAt: new Date(), windowSeconds: config.windowSeconds });
  await recordReport(runId, report);
}

async function recordReport(runId: string, report: VerificationReport): Promise<void> {
  const effects = new EngineEffects();
  await db().$transaction(async (tx) => {
    const run = await lockRun(tx, runId);
    if (!run || run.verificationStatus !== "running") return;
    await updateRun(tx, run.id, { verificationStatus: report.passed ? "passed" : "failed", verification: report as unknown as Prisma.InputJsonObject });
    const passedCount = report.checks.filter((check) => check.passed).length;
    const failed = report.checks.filter((check) => !check.passed);
    const figures = `${passedCount} of ${report.checks.length} checks passed (${Math.round(report.passRate * 100)}%)`;
    const marker = await insertServiceChange(tx, {
      serviceId: run.serviceId,
      kind: report.passed ? "verification_passed" : "verification_failed",
      fromVersion: null,
      toVersion: figures,
      at: new Date(),
      source: "Rewind verification",
    });
    await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
      kind: report.passed ? "rollback.verified" : "rollback.verification_failed",
      summary: report.passed
        ? `Verification passed: ${figures}. Service is restored.`
        : `The rollback did not restore service: ${figures}. Failing: ${failed.map((check) => `${check.name} (${check.actual}, expected ${check.expected})`).join("; ")}. Next: start the emergency-recovery plan, run another plan, or escalate.`,
      payload: { runId: run.id, report: report as unknown as Prisma.InputJsonObject },
    });
    await applyVerificationToChecklists(tx, { id: run.id, incidentId: run.incidentId, planName: (run.planSnapshot as PlanSnapshot).name }, report, effects);
    effects.runChanged(run.id);
    effects.emit(`service:${run.serviceId}`, "service:change", { serviceId: run.serviceId, marker: toHealthMarker(marker) });
  });
  await effects.publish(db());
}
