import "server-only";
import type { Logger } from "pino";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import type { VerificationConfig } from "@/lib/domain/rollback/verification";
import { db, type Db } from "../../../db/client";
import type { Prisma } from "../../../db/generated/client";
import { countRows } from "../../../integrations/rollback/sql-row-counts";
import { findRun, lockRun, updateRun, type RunWithSteps } from "../../../queries/rollback-runs";
import type { PlanSnapshot } from "../rollback-run-dto";
import { actionEnvironment } from "./action-environment";
import { executorFor } from "./action-registry";
import { advanceRun } from "./advance-run";
import { ENGINE_ACTOR, EngineEffects } from "./engine-effects";
import { tickCaptureChecklistItems } from "./tick-capture-checklist-items";

const CAPTURE_TIMEOUT_MS = 20_000;

type CapturedStep = { position: number; name: string; kind: string; label?: string; state?: Record<string, unknown>; error?: string };

/**
 * The seeds' "capture current state" before the first step of a live run:
 * each step's target reports its current version, configuration or flags,
 * and the verification's SQL tables are counted. A capture that fails is
 * written down, not fatal: the rollback matters more than its paperwork.
 */
export async function captureRunState(runId: string, log: Logger): Promise<void> {
  const run = await findRun(db(), runId);
  if (!run || run.capture !== null) return;
  const signal = AbortSignal.timeout(CAPTURE_TIMEOUT_MS);
  const environment = actionEnvironment(db(), run);
  // Targets answer in parallel: the first step waits for this capture.
  const captured = await Promise.all(
    run.steps.map(async (step): Promise<CapturedStep | null> => {
      const definition = step.definition as PlanStep;
      const executor = executorFor(definition.kind);
      if (!executor?.capture) return null;
      try {
        const state = await executor.capture(definition.params, { ...environment, signal });
        return state ? { position: step.position, name: definition.name, kind: definition.kind, label: state.label, state: state.data } : null;
      } catch (error) {
        log.warn({ err: error, runId }, "state capture failed");
        return { position: step.position, name: definition.name, kind: definition.kind, error: environment.scrub(error instanceof Error ? error.message : String(error)) };
      }
    }),
  );
  const steps = captured.filter((entry): entry is CapturedStep => entry !== null);
  const rowCounts = await captureRowCounts(run, environment, signal);
  const manifest = {
    capturedAt: new Date().toISOString(),
    service: run.service.slug,
    version: versionOf(steps),
    reason: run.reason,
    initiator: run.startedByName,
    trigger: run.trigger,
    plan: (run.planSnapshot as PlanSnapshot).name,
    steps,
    rowCounts,
  };
  await recordManifest(run.id, manifest);
}

async function captureRowCounts(run: RunWithSteps, environment: ReturnType<typeof actionEnvironment>, signal: AbortSignal) {
  const checks = ((run.planSnapshot as PlanSnapshot).verification as VerificationConfig).checks.filter((check) => check.kind === "sql_row_counts");
  const counts: { database: string; counts?: Record<string, number>; error?: string }[] = [];
  for (const check of checks) {
    try {
      counts.push({ database: check.database.secret, counts: await countRows(await environment.secrets.reveal(check.database), check.tables, signal) });
    } catch (error) {
      counts.push({ database: check.database.secret, error: environment.scrub(error instanceof Error ? error.message : String(error)) });
    }
  }
  return counts;
}

/** The first version a target reported: what the service ran before the rollback. */
function versionOf(steps: CapturedStep[]): string | null {
  for (const step of steps) {
    const state = step.state ?? {};
    for (const key of ["liveVersion", "version", "currentVersion", "image", "head"]) {
      if (typeof state[key] === "string") return state[key];
    }
  }
  return null;
}

async function recordManifest(runId: string, manifest: Record<string, unknown> & { version: string | null; initiator: string; reason: string }): Promise<void> {
  const effects = new EngineEffects();
  await db().$transaction(async (tx: Db) => {
    const run = await lockRun(tx, runId);
    if (!run || run.capture !== null) return;
    await updateRun(tx, run.id, { capture: manifest as Prisma.InputJsonObject });
    await effects.recordOnTimeline(tx, run, ENGINE_ACTOR, {
      kind: "rollback.state_captured",
      summary: `State captured before the rollback: version ${manifest.version ?? "unknown"}, reason “${manifest.reason}”, initiated by ${manifest.initiator}`,
      payload: { runId: run.id, manifest: manifest as Prisma.InputJsonObject },
    });
    if (run.incidentId) await tickCaptureChecklistItems(tx, run.incidentId, effects);
    await advanceRun(tx, run.id, effects);
  });
  await effects.publish(db());
}
