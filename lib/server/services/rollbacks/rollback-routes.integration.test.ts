import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as startRunRoute } from "@/app/api/v1/rollback-plans/[planId]/runs/route";
import { POST as commandRoute } from "@/app/api/v1/rollback-runs/[runId]/commands/route";
import { GET as getRunRoute } from "@/app/api/v1/rollback-runs/[runId]/route";
import { PATCH as updateSecretRoute } from "@/app/api/v1/secrets/[name]/route";
import { GET as listSecretsRoute, POST as createSecretRoute } from "@/app/api/v1/secrets/route";
import { POST as createPlanRoute } from "@/app/api/v1/services/[serviceId]/rollback-plans/route";
import { db } from "@/lib/server/db/client";
import { openSecret } from "@/lib/server/secrets/secret-box";
import { secretsKey } from "@/lib/server/secrets/secrets-key";
import type { JobQueue } from "@/lib/server/workers/job-queue";
import { startTestRollbackEngine, watchRuns, type RunWatcher } from "@/lib/testing/rollback-engine";
import { seedIncident, seedService, seedToken, seedUser } from "@/lib/testing/seed";

let engine: JobQueue;
let watcher: RunWatcher;
beforeAll(async () => {
  watcher = watchRuns();
  engine = await startTestRollbackEngine();
});
afterAll(async () => {
  await engine.stop();
});

/** The real route handlers, called as Next.js calls them, against the real database. */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, params: Record<string, string>, secret: string, body?: unknown) {
  const headers: Record<string, string> = { host: "rewind.test", authorization: `Bearer ${secret}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await handler(new Request("http://rewind.test/api/v1/x", { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as Record<string, never> };
}

const destructiveManualPlan = {
  type: "database",
  name: "Restore",
  steps: [{ name: "Restore the backup", kind: "manual", params: { instructions: "Restore it" }, destructive: true }],
};

describe("rollback routes: bad input, roles and secrets", () => {
  it("names unknown parameters of an action kind in a 400, and stores nothing", async () => {
    const admin = await seedToken("admin");
    const service = await seedService();
    const plan = { type: "application", name: "Bad", steps: [{ name: "Scale", kind: "sandbox", params: { service: "storefront", operation: "canary_weight", weight: 0, replicas: 3, colour: "blue" } }] };
    const response = await call(createPlanRoute, "POST", { serviceId: service.slug }, admin.secret, plan);
    expect(response.status).toBe(400);
    const details = (response.json as unknown as { error: { details: { field: string; message: string }[] } }).error.details;
    expect(details).toEqual([expect.objectContaining({ field: "steps.0.params", message: expect.stringMatching(/replicas, colour/) })]);
    expect(await db().rollbackPlan.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it("refuses a responder who tries to run a plan (403), and a destructive step does not run without its typed confirmation", async () => {
    const admin = await seedToken("admin");
    const responder = await seedToken("responder");
    const commanderUser = await seedUser("commander");
    const commander = await seedToken("commander");
    const service = await seedService();
    const created = await call(createPlanRoute, "POST", { serviceId: service.slug }, admin.secret, destructiveManualPlan);
    expect(created.status, created.text).toBe(201);
    const planId = (created.json as unknown as { plan: { id: string } }).plan.id;
    const incident = await seedIncident(commanderUser.caller, { serviceIds: [service.id] });

    const refused = await call(startRunRoute, "POST", { planId }, responder.secret, { mode: "live", incident: incident.key, reason: "try" });
    expect(refused.status).toBe(403);
    expect(await db().rollbackRun.count({ where: { planId } })).toBe(0);

    const started = await call(startRunRoute, "POST", { planId }, commander.secret, { mode: "live", incident: incident.key, reason: "restore" });
    expect(started.status, started.text).toBe(201);
    const runId = (started.json as unknown as { run: { id: string } }).run.id;
    await watcher.waitForRun(runId, (candidate) => candidate.steps[0]!.status === "awaiting_confirmation");
    const wrong = await call(commandRoute, "POST", { runId }, commander.secret, { command: "complete_manual_step", position: 0 });
    expect(wrong.status).toBe(409);
    const mistyped = await call(commandRoute, "POST", { runId }, commander.secret, { command: "confirm_step", position: 0, typed: "yes please" });
    expect(mistyped.status).toBe(400);
    const run = await call(getRunRoute, "GET", { runId }, commander.secret);
    expect((run.json as unknown as { run: { steps: { status: string; startedAt: string | null }[] } }).run.steps[0]).toMatchObject({ status: "awaiting_confirmation", startedAt: null });
  });

  it("never sends a secret's value back: not on create, not on update, not in the list; it is stored encrypted", async () => {
    const admin = await seedToken("admin");
    const value = `xoxb-${Date.now()}-very-secret-token`;
    const created = await call(createSecretRoute, "POST", {}, admin.secret, { name: "chat-webhook-e2e", value, description: "Slack" });
    expect(created.status, created.text).toBe(201);
    expect(created.text).not.toContain(value);
    const updated = await call(updateSecretRoute, "PATCH", { name: "chat-webhook-e2e" }, admin.secret, { value: `${value}-2`, version: 1 });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.text).not.toContain(value);
    const listed = await call(listSecretsRoute, "GET", {}, admin.secret);
    expect(listed.text).toContain("chat-webhook-e2e");
    expect(listed.text).not.toContain(value);
    const row = await db().secret.findUniqueOrThrow({ where: { name: "chat-webhook-e2e" } });
    expect(row.ciphertext).not.toContain(value);
    expect(openSecret(secretsKey(), row.name, row.ciphertext)).toBe(`${value}-2`);

    const commander = await seedToken("commander");
    expect((await call(listSecretsRoute, "GET", {}, commander.secret)).status).toBe(403);
  });
});
