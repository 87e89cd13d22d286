import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanInput } from "@/lib/domain/rollback/plan";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { listTimeline } from "@/lib/server/services/list-timeline";
import type { JobQueue } from "@/lib/server/workers/job-queue";
import { startTestRollbackEngine, watchRuns, type RunWatcher } from "@/lib/testing/rollback-engine";
import { seedIncident, seedService, seedUser } from "@/lib/testing/seed";
import { commandRollbackRun } from "./command-rollback-run";
import { createRollbackPlan } from "./plans/create-rollback-plan";
import { startRollbackRun } from "./start-rollback-run";

let engine: JobQueue;
let watcher: RunWatcher;
let healthy: Server;
let healthyUrl: string;

beforeAll(async () => {
  watcher = watchRuns();
  engine = await startTestRollbackEngine();
  healthy = createServer((_request, response) => response.writeHead(200).end("ok"));
  await new Promise<void>((resolve) => healthy.listen(0, "127.0.0.1", resolve));
  healthyUrl = `http://127.0.0.1:${(healthy.address() as AddressInfo).port}/health`;
});

afterAll(async () => {
  await engine.stop();
  await new Promise((resolve) => healthy.close(resolve));
});

const manual = (name: string, extra: Partial<PlanInput["steps"][number]> = {}) => ({ name, kind: "manual" as const, params: { instructions: `${name} by hand` }, ...extra });

async function setUp(steps: unknown[]) {
  const admin = await seedUser("admin");
  const commander = await seedUser("commander");
  const service = await seedService();
  const plan = await createRollbackPlan(
    admin.caller,
    service.slug,
    planInputSchema.parse({ type: "application", name: "Roll back", steps, verification: { windowSeconds: 0, checks: [{ kind: "http", name: "Health", url: healthyUrl }] } }),
    null,
  );
  const incident = await seedIncident(commander.caller, { serviceIds: [service.id] });
  return { admin, commander, service, plan, incident };
}

describe("the rollback engine, with manual steps", () => {
  it("captures state, waits for the operator, finishes, verifies and records it all on the timeline", async () => {
    const { commander, plan, incident } = await setUp([manual("Stop traffic"), manual("Restart")]);
    const started = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "errors after deploy", overrideConcurrent: false }, null);
    let run = await watcher.waitForRun(started.id, (candidate) => candidate.steps[0]!.status === "awaiting_operator");
    expect(run.capture).toMatchObject({ initiator: commander.caller.name, reason: "errors after deploy" });
    expect(run.allowedCommands).toContain("complete_manual_step");

    await commandRollbackRun(commander.caller, run.id, { command: "complete_manual_step", position: 0, note: "drained" }, null);
    run = await watcher.waitForRun(run.id, (candidate) => candidate.steps[1]!.status === "awaiting_operator");
    await commandRollbackRun(commander.caller, run.id, { command: "complete_manual_step", position: 1 }, null);
    run = await watcher.waitForRun(run.id, (candidate) => candidate.verificationStatus === "passed");
    expect(run.status).toBe("succeeded");
    expect(run.verification).toMatchObject({ passRate: 1, passed: true, checks: [{ name: "Health", passed: true }] });

    const timeline = await listTimeline(commander.caller, incident.id, { limit: 200 });
    const kinds = timeline.events.map((event: { kind: string }) => event.kind);
    expect(kinds).toEqual(expect.arrayContaining(["rollback.started", "rollback.state_captured", "rollback.completed", "rollback.verified"]));
  });

  it("refuses a step aimed at the wrong position and a second live run on the same service unless overridden", async () => {
    const { commander, plan, incident } = await setUp([manual("Only step")]);
    const first = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "first", overrideConcurrent: false }, null);
    await watcher.waitForRun(first.id, (candidate) => candidate.steps[0]!.status === "awaiting_operator");
    await expect(commandRollbackRun(commander.caller, first.id, { command: "complete_manual_step", position: 3 }, null)).rejects.toMatchObject({ code: "conflict" });
    await expect(startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "second", overrideConcurrent: false }, null)).rejects.toMatchObject({
      code: "conflict",
      extra: { activeRuns: [expect.objectContaining({ id: first.id })] },
    });
    const second = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "second", overrideConcurrent: true }, null);
    expect(second.overrodeConcurrent).toBe(true);
  });

  it("holds a destructive step for the typed service name and a second commander's approval", async () => {
    const { commander, service, plan, incident } = await setUp([manual("Restore", { destructive: true, requiresApproval: true, pointOfNoReturn: true })]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "restore", overrideConcurrent: false }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "awaiting_confirmation");
    await expect(commandRollbackRun(commander.caller, run.id, { command: "confirm_step", position: 0, typed: "yes" }, null)).rejects.toMatchObject({ code: "bad_request", details: [{ field: "typed" }] });
    await commandRollbackRun(commander.caller, run.id, { command: "confirm_step", position: 0, typed: service.slug }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "awaiting_approval");
    await expect(commandRollbackRun(commander.caller, run.id, { command: "approve_step", position: 0 }, null)).rejects.toMatchObject({ code: "forbidden" });
    const second = await seedUser("commander");
    await commandRollbackRun(second.caller, run.id, { command: "approve_step", position: 0 }, null);
    const approved = await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "awaiting_operator");
    expect(approved.steps[0]).toMatchObject({ confirmedBy: commander.caller.name, approvedBy: second.caller.name });
  });

  it("runs a drill without waiting for anyone and records what a live run would have done", async () => {
    const { commander, plan } = await setUp([manual("Stop traffic", { destructive: true }), manual("Restart")]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "drill", reason: "monthly drill", overrideConcurrent: false }, null);
    const finished = await watcher.waitForRun(run.id, (candidate) => candidate.status === "succeeded");
    expect(finished.verificationStatus).toBe("skipped");
    expect(finished.steps.map((step) => step.result)).toEqual([
      expect.objectContaining({ summary: "Would do: would ask an operator to: Stop traffic by hand" }),
      expect.objectContaining({ summary: "Would do: would ask an operator to: Restart by hand" }),
    ]);
    expect(finished.steps.every((step) => step.durationMs !== null)).toBe(true);
  });

  it("lets only commanders run plans", async () => {
    const { plan, incident } = await setUp([manual("Only step")]);
    const responder = await seedUser("responder");
    await expect(startRollbackRun(responder.caller, plan.id, { mode: "live", incident: incident.id, reason: "x", overrideConcurrent: false }, null)).rejects.toMatchObject({ code: "forbidden" });
  });
});
