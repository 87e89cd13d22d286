import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanInput } from "@/lib/domain/rollback/plan";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { runCommandSchema } from "@/lib/domain/schemas/rollbacks";
import { db } from "@/lib/server/db/client";
import { listTimeline } from "@/lib/server/services/list-timeline";
import type { JobQueue } from "@/lib/server/workers/job-queue";
import { pollUntil } from "@/lib/testing/poll-until";
import { startTestRollbackEngine, watchRuns, type RunWatcher } from "@/lib/testing/rollback-engine";
import { seedIncident, seedService, seedUser } from "@/lib/testing/seed";
import { commandRollbackRun } from "./command-rollback-run";
import { alertLongRunningRuns } from "./engine/alert-long-running-runs";
import { createRunbookScript } from "../runbook-scripts/create-runbook-script";
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

async function setUp(steps: unknown[], checks: unknown[] = [{ kind: "http", name: "Health", url: healthyUrl }]) {
  const admin = await seedUser("admin");
  const commander = await seedUser("commander");
  const service = await seedService();
  const plan = await createRollbackPlan(
    admin.caller,
    service.slug,
    planInputSchema.parse({ type: "application", name: "Roll back", steps, verification: { windowSeconds: 0, checks } }),
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

describe("the rollback engine: pause, resume, cancel, failures and the 15-minute alert", () => {
  it("pauses between steps, resumes, and cancels the rest", async () => {
    const { commander, plan, incident } = await setUp([manual("First"), manual("Second"), manual("Third")]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "pause test", overrideConcurrent: false }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "awaiting_operator");
    await commandRollbackRun(commander.caller, run.id, { command: "pause" }, null);
    await commandRollbackRun(commander.caller, run.id, { command: "complete_manual_step", position: 0 }, null);
    const paused = await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "succeeded");
    expect(paused.status).toBe("paused");
    expect(paused.steps[1]!.status).toBe("pending");
    expect(paused.allowedCommands).toEqual(expect.arrayContaining(["resume", "cancel"]));

    await commandRollbackRun(commander.caller, run.id, { command: "resume" }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[1]!.status === "awaiting_operator" && candidate.status === "waiting");
    const cancelled = await commandRollbackRun(commander.caller, run.id, { command: "cancel", reason: "wrong plan" }, null);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.steps.map((step) => step.status)).toEqual(["succeeded", "cancelled", "cancelled"]);
    await expect(commandRollbackRun(commander.caller, run.id, { command: "resume" }, null)).rejects.toMatchObject({ code: "conflict" });
  });

  it("stops on a failed step for the commander: skip it with a reason, or give up and start the emergency-recovery plan", async () => {
    const closedPort = "http://127.0.0.1:9/unreachable";
    const failing = { name: "Purge the CDN", kind: "http" as const, params: { method: "POST", url: closedPort }, timeoutSeconds: 10 };
    const { admin, commander, service, plan, incident } = await setUp([failing, manual("After the purge")]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "failure test", overrideConcurrent: false }, null);
    const failed = await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "failed");
    expect(failed.status).toBe("waiting");
    expect(failed.allowedCommands).toEqual(expect.arrayContaining(["retry_step", "skip_step", "abort", "start_emergency_recovery"]));
    expect(runCommandSchema.safeParse({ command: "skip_step", position: 0, reason: " " }).error?.issues[0]?.path).toEqual(["reason"]);
    await commandRollbackRun(commander.caller, run.id, { command: "skip_step", position: 0, reason: "the CDN is purged by hand" }, null);
    const skipped = await watcher.waitForRun(run.id, (candidate) => candidate.steps[1]!.status === "awaiting_operator");
    expect(skipped.steps[0]).toMatchObject({ status: "skipped", skipReason: "the CDN is purged by hand" });

    await expect(commandRollbackRun(commander.caller, run.id, { command: "start_emergency_recovery" }, null)).rejects.toMatchObject({ code: "conflict" });
    const second = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "again", overrideConcurrent: true }, null);
    await watcher.waitForRun(second.id, (candidate) => candidate.steps[0]!.status === "failed");
    await createRollbackPlan(admin.caller, service.slug, planInputSchema.parse({ type: "emergency_recovery", name: "Recover", steps: [manual("Restore the known-good release")] }), null);
    const recovery = await commandRollbackRun(commander.caller, second.id, { command: "start_emergency_recovery", reason: "the purge keeps failing" }, null);
    expect(recovery).toMatchObject({ recoveryOfRunId: second.id, plan: { name: "Recover", type: "emergency_recovery" } });
    const gaveUp = await watcher.waitForRun(second.id, (candidate) => candidate.status === "failed");
    expect(gaveUp.steps.map((step) => step.status)).toEqual(["failed", "cancelled"]);
  });

  it("flags a rollback running for more than 15 minutes once, on the timeline and the run", async () => {
    const { commander, plan, incident } = await setUp([manual("Slow by hand")]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "long", overrideConcurrent: false }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "awaiting_operator");
    await db().rollbackRun.update({ where: { id: run.id }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    const flagged = await watcher.waitForRun(run.id, (candidate) => candidate.longRunningAlertedAt !== null);
    expect(flagged.longRunning).toBe(true);
    expect(await alertLongRunningRuns()).toBe(0);
    const events = await db().timelineEvent.findMany({ where: { incidentId: incident.id, kind: "rollback.running_long" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatch(/running for 16 minutes/);
  });

  it("records a drill's problems without stopping, and fails the drill", async () => {
    const unknownService = { name: "Deploy on a missing sandbox service", kind: "sandbox" as const, params: { service: "no-such-service", operation: "deploy", version: "1.0.0" } };
    const { commander, plan } = await setUp([unknownService, manual("Then this")]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "drill", reason: "drill", overrideConcurrent: false }, null);
    const finished = await watcher.waitForRun(run.id, (candidate) => candidate.finishedAt !== null);
    expect(finished.status).toBe("failed");
    expect(finished.steps.map((step) => step.status)).toEqual(["failed", "succeeded"]);
    expect(finished.steps[0]!.error).toMatch(/no-such-service/);
  });
});

describe("cancelling a running step", () => {
  it("aborts the action in flight (the script is killed) and records the step as cancelled", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rewind-cancel-"));
    const script = path.join(dir, "slow.mjs");
    writeFileSync(script, `console.log("started");\nsetTimeout(() => console.log("finished"), 60000);\n`);
    const admin = await seedUser("admin");
    const registered = await createRunbookScript(admin.caller, { name: `slow ${dir}`, argv: [process.execPath, script], workingDirectory: dir, env: {}, timeoutSeconds: 120 }, null);
    const { commander, plan, incident } = await setUp([{ name: "Slow script", kind: "command", params: { scriptId: registered.id }, timeoutSeconds: 120 }]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "cancel test", overrideConcurrent: false }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "running");
    await pollUntil("the script's first line", () => (watcher.logsOf(run.id).some((line) => line.line.includes("started")) ? true : undefined));
    await commandRollbackRun(commander.caller, run.id, { command: "cancel", reason: "stop" }, null);
    const cancelled = await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "cancelled", 20_000);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.steps[0]!.error).toBe("cancelled by a commander");
    expect(watcher.logsOf(run.id).some((line) => line.line.includes("finished"))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("verification that fails", () => {
  it("says plainly that the rollback did not restore service, with the actual values, and offers the next options", async () => {
    const checks = [
      { kind: "http", name: "Health", url: healthyUrl },
      { kind: "http", name: "Checkout flow", url: "http://127.0.0.1:9/checkout", expectedStatus: 200 },
    ];
    const { commander, plan, incident, service } = await setUp([manual("Roll back by hand")], checks);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "verify", overrideConcurrent: false }, null);
    await watcher.waitForRun(run.id, (candidate) => candidate.steps[0]!.status === "awaiting_operator");
    await commandRollbackRun(commander.caller, run.id, { command: "complete_manual_step", position: 0 }, null);
    const verified = await watcher.waitForRun(run.id, (candidate) => candidate.verificationStatus === "failed");
    expect(verified.verification).toMatchObject({ passRate: 0.5, passed: false, checks: [{ name: "Health", passed: true }, { name: "Checkout flow", passed: false, expected: "HTTP 200", actual: expect.stringMatching(/^no answer/) }] });
    expect(verified.allowedCommands).toEqual(["verify_again", "start_emergency_recovery"]);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "rollback.verification_failed" } });
    expect(event.summary).toMatch(/^The rollback did not restore service: 1 of 2 checks passed \(50%\)\. Failing: Checkout flow/);
    expect(await db().serviceChange.findFirst({ where: { serviceId: service.id, kind: "verification_failed" } })).toMatchObject({ toVersion: "1 of 2 checks passed (50%)" });
  });
});
