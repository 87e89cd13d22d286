/**
 * Crash tests: the rollback engine runs in a child process (the same job
 * queue and workers as `npm start`, lib/testing/engine-process.ts) and is
 * killed with SIGKILL in the middle of a step. A second engine then takes
 * over from the database alone.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planInputSchema } from "@/lib/domain/rollback/plan";
import { startSandboxFleet, type SandboxFleet } from "@/lib/sandbox/fleet";
import { db } from "@/lib/server/db/client";
import { findRun } from "@/lib/server/queries/rollback-runs";
import { writeDemoFleet } from "@/lib/server/services/demo/demo-state";
import { listTimeline } from "@/lib/server/services/list-timeline";
import { createRunbookScript } from "@/lib/server/services/runbook-scripts/create-runbook-script";
import type { JobQueue } from "@/lib/server/workers/job-queue";
import { pollUntil } from "@/lib/testing/poll-until";
import { killHard, spawnEngineProcess, startJobProducer, startTestRollbackEngine } from "@/lib/testing/rollback-engine";
import { seedIncident, seedService, seedUser } from "@/lib/testing/seed";
import { createRollbackPlan } from "./plans/create-rollback-plan";
import { startRollbackRun } from "./start-rollback-run";
import { commandRollbackRun } from "./command-rollback-run";

const LEASE_MS = 2_000;
const HELD_VERSION = "1.4.2";

let fleet: SandboxFleet;
let proxy: Server;
let proxyUrl: string;
let producer: { stop(): Promise<void> };
let workDir: string;
const deploys: string[] = [];
let releaseHeld: ((request: IncomingMessage) => void) | null = null;
let heldDeploy: Promise<void>;

/**
 * Stands between the engine and the real sandbox service: it forwards every
 * control call, except that it holds the first deploy of HELD_VERSION open,
 * so that the step is mid-flight when the engine is killed.
 */
function startControlProxy(target: string): Promise<Server> {
  let markHeld: () => void;
  heldDeploy = new Promise((resolve) => (markHeld = resolve));
  let held = false;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    if (request.url === "/control/deploy") {
      const version = (JSON.parse(body) as { version: string }).version;
      deploys.push(version);
      if (version === HELD_VERSION && !held) {
        held = true;
        releaseHeld = () => undefined;
        markHeld();
        return;
      }
    }
    const forwarded = await fetch(new URL(request.url!, target), { method: request.method, headers: { "content-type": "application/json" }, body: request.method === "GET" ? undefined : body });
    response.writeHead(forwarded.status, { "content-type": "application/json" }).end(await forwarded.text());
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), "rewind-crash-"));
  fleet = await startSandboxFleet({ stateDir: path.join(workDir, "sandbox"), ports: "auto", trafficPerSecond: { storefront: 5, "checkout-api": 1, "payments-worker": 1 } });
  const storefront = fleet.services.find((service) => service.slug === "storefront")!;
  proxy = await startControlProxy(storefront.baseUrl);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  await writeDemoFleet(db(), [{ slug: "storefront", baseUrl: proxyUrl }]);
  producer = await startJobProducer();
});

afterAll(async () => {
  await producer?.stop();
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await fleet?.stop();
  rmSync(workDir, { recursive: true, force: true });
  void releaseHeld;
});

async function liveRun(steps: unknown[]) {
  const admin = await seedUser("admin");
  const commander = await seedUser("commander");
  const service = await seedService();
  const plan = await createRollbackPlan(admin.caller, service.slug, planInputSchema.parse({ type: "application", name: "Crash test", steps, verification: { windowSeconds: 0, checks: [{ kind: "http", name: "Sandbox health", url: `${proxyUrl}/health` }] } }), null);
  const incident = await seedIncident(commander.caller, { serviceIds: [service.id] });
  return { admin, commander, plan, incident };
}

describe("a rollback engine killed with SIGKILL mid-step", () => {
  let engine: ChildProcess | null = null;
  let takeover: JobQueue | null = null;

  afterAll(async () => {
    if (engine) await killHard(engine);
    await takeover?.stop();
  });

  it("resumes a step that only sets a state, and never repeats the completed one", async () => {
    engine = await spawnEngineProcess({ instanceId: "engine-a", leaseMs: LEASE_MS });
    const { commander, plan, incident } = await liveRun([
      { name: "Deploy 1.4.1", kind: "sandbox", params: { service: "storefront", operation: "deploy", version: "1.4.1" }, timeoutSeconds: 60 },
      { name: `Deploy ${HELD_VERSION}`, kind: "sandbox", params: { service: "storefront", operation: "deploy", version: HELD_VERSION }, timeoutSeconds: 60 },
    ]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "crash test", overrideConcurrent: false }, null);
    await heldDeploy;
    expect((await findRun(db(), run.id))!.steps.map((step) => step.status)).toEqual(["succeeded", "running"]);
    await killHard(engine);
    engine = null;

    takeover = await startTestRollbackEngine({ instanceId: "engine-b", leaseMs: LEASE_MS });
    const finished = await pollUntil("the run to finish on the second engine", async () => {
      const current = await findRun(db(), run.id);
      return current?.verificationStatus === "passed" ? current : undefined;
    });
    expect(finished.steps.map((step) => [step.status, step.attempt])).toEqual([["succeeded", 1], ["succeeded", 2]]);
    expect(deploys).toEqual(["1.4.1", HELD_VERSION, HELD_VERSION]);
    const timeline = await listTimeline(commander.caller, incident.id, { limit: 200 });
    expect(timeline.events.map((event: { kind: string }) => event.kind)).toContain("rollback.step_resumed");
  });

  it("marks a step that is not safe to repeat as outcome unknown, and runs it again only when a commander retries", async () => {
    const marker = path.join(workDir, "script-runs.txt");
    writeFileSync(marker, "");
    const scriptFile = path.join(workDir, "slow-script.mjs");
    writeFileSync(scriptFile, `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(marker)}, "run\\n");\nconsole.log("started");\nsetTimeout(() => console.log("finished"), Number(process.argv[2]));\n`);
    if (!engine) engine = await spawnEngineProcess({ instanceId: "engine-c", leaseMs: LEASE_MS });
    await takeover?.stop();
    takeover = null;
    producer = await startJobProducer();
    const admin = await seedUser("admin");
    const script = await createRunbookScript(admin.caller, { name: "slow migration", argv: [process.execPath, scriptFile, "60000"], workingDirectory: workDir, env: {}, timeoutSeconds: 120 }, null);
    const { commander, plan, incident } = await liveRun([{ name: "Run the slow script", kind: "command", params: { scriptId: script.id }, timeoutSeconds: 120 }]);
    const run = await startRollbackRun(commander.caller, plan.id, { mode: "live", incident: incident.id, reason: "crash test", overrideConcurrent: false }, null);
    await pollUntil("the script to start", () => (readFileSync(marker, "utf8") === "run\n" ? true : undefined));
    await killHard(engine);
    engine = null;

    takeover = await startTestRollbackEngine({ instanceId: "engine-d", leaseMs: LEASE_MS });
    const flagged = await pollUntil("the step to be flagged", async () => {
      const current = await findRun(db(), run.id);
      // The run and its steps are read by two queries: wait for both halves of the sweep's one commit.
      return current?.steps[0]?.status === "outcome_unknown" && current.status === "waiting" ? current : undefined;
    });
    expect(flagged.steps[0]!.error).toMatch(/not safe to repeat.*check the target, then retry or skip/);
    expect(readFileSync(marker, "utf8")).toBe("run\n");

    writeFileSync(scriptFile, readFileSync(scriptFile, "utf8").replace("Number(process.argv[2])", "10"));
    await commandRollbackRun(commander.caller, run.id, { command: "retry_step", position: 0 }, null);
    await pollUntil("the retried step to succeed", async () => ((await findRun(db(), run.id))?.steps[0]?.status === "succeeded" ? true : undefined));
    expect(readFileSync(marker, "utf8")).toBe("run\nrun\n");
  });
});
