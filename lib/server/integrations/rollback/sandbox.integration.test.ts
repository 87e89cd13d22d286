import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sandboxParamsSchema } from "@/lib/domain/rollback/actions/sandbox";
import { type SandboxFleet, startSandboxFleet } from "@/lib/sandbox/fleet";
import { sandboxControlClient } from "@/lib/sandbox/sandbox-control-client";
import { recordedActionContext } from "@/lib/testing/http-action-context";
import { ActionFailure } from "./action-executor";
import { sandboxExecutor } from "./sandbox";

let fleet: SandboxFleet;
let stateDir: string;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(os.tmpdir(), "rewind-sandbox-action-"));
  // No built-in traffic: these tests only read and change deployment state.
  fleet = await startSandboxFleet({ stateDir, trafficPerSecond: 0, restartDelayMs: 200 });
}, 60_000);
afterAll(async () => {
  await fleet?.stop();
  await rm(stateDir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(fleet.services.map(({ baseUrl }) => sandboxControlClient(baseUrl).reset()));
});

const baseUrl = (slug: string) => fleet.services.find((service) => service.slug === slug)!.baseUrl;
const control = (slug: string) => sandboxControlClient(baseUrl(slug));
const fleetContext = (options: { signal?: AbortSignal } = {}) =>
  recordedActionContext({ sandboxServices: Object.fromEntries(fleet.services.map((service) => [service.slug, service.baseUrl])), ...options });

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ActionFailure);
  return error as ActionFailure;
};

describe("the sandbox action against a real sandbox fleet", { timeout: 30_000 }, () => {
  it("rolls a bad release back by deploying the previous version, logging the state before and after", async () => {
    await control("storefront").deploy({ version: "1.5.0" });
    const params = sandboxParamsSchema.parse({ service: "storefront", operation: "deploy", version: "previous" });
    const recorded = fleetContext();
    const result = await sandboxExecutor.execute(params, recorded.context);

    expect(await control("storefront").state()).toMatchObject({ currentVersion: "1.4.2", previousVersion: "1.5.0" });
    expect(result).toMatchObject({
      summary: "Deployed 1.4.2 to storefront (was 1.5.0)",
      details: { before: { currentVersion: "1.5.0", liveColor: "blue" }, after: { currentVersion: "1.4.2", liveColor: "blue" } },
    });
    const lines = recorded.logs.map(({ line }) => line);
    expect(lines[0]).toBe("Before: 1.5.0 live on blue (green idle with 1.4.1), canary 0%, no faults");
    expect(lines).toContain("The previous version of storefront is 1.4.2");
    expect(lines).toContain("Deploying 1.4.2 to storefront (now 1.5.0)");
    expect(lines.some((line) => /^1\.4\.2 is live on blue after \d+ ms$/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe("After: 1.4.2 live on blue (green idle with 1.4.1), canary 0%, no faults");
    // Run again after a crash, "previous" would now mean 1.5.0.
    expect(sandboxExecutor.resumable(params)).toBe(false);
  });

  it("deploys a named version, resumably", async () => {
    const params = sandboxParamsSchema.parse({ service: "payments-worker", operation: "deploy", version: "3.1.1" });
    await sandboxExecutor.execute(params, fleetContext().context);
    expect((await control("payments-worker").state()).currentVersion).toBe("3.1.1");
    expect(sandboxExecutor.resumable(params)).toBe(true);
  });

  it("fails with the sandbox's own message on an unknown version, and changes nothing", async () => {
    const failure = await failureOf(sandboxExecutor.execute(sandboxParamsSchema.parse({ service: "storefront", operation: "deploy", version: "9.9.9" }), fleetContext().context));
    expect(failure.message).toBe('Sandbox service storefront refused deploy: Invalid body: version unknown version "9.9.9"; storefront knows 1.4.0, 1.4.1, 1.4.2, 1.5.0');
    expect(failure.options.retryable).toBeFalsy();
    expect((await control("storefront").state()).currentVersion).toBe("1.4.2");
  });

  it("switches the live colour", async () => {
    const result = await sandboxExecutor.execute(sandboxParamsSchema.parse({ service: "checkout-api", operation: "switch_live", color: "green" }), fleetContext().context);
    expect(await control("checkout-api").state()).toMatchObject({ liveColor: "green", currentVersion: "2.8.0" });
    expect(result.summary).toBe("Switched checkout-api to green: 2.8.0 live (was 2.8.1 on blue)");
  });

  it("sets the canary weight", async () => {
    await control("checkout-api").setCanaryWeight(25);
    const recorded = fleetContext();
    const result = await sandboxExecutor.execute(sandboxParamsSchema.parse({ service: "checkout-api", operation: "canary_weight", weight: 0 }), recorded.context);
    expect((await control("checkout-api").state()).canaryWeight).toBe(0);
    expect(result.summary).toBe("Set checkout-api's canary weight to 0% (was 25%)");
    expect(recorded.logs.map(({ line }) => line)).toEqual([
      "Before: 2.8.1 live on blue (green idle with 2.8.0), canary 25%, no faults",
      "Setting checkout-api's canary weight to 0%",
      "After: 2.8.1 live on blue (green idle with 2.8.0), canary 0%, no faults",
    ]);
  });

  it("clears injected faults", async () => {
    await control("payments-worker").setFaults({ errorRatePercent: 30, addedLatencyMs: 200 });
    const recorded = fleetContext();
    await sandboxExecutor.execute(sandboxParamsSchema.parse({ service: "payments-worker", operation: "clear_faults" }), recorded.context);
    expect((await control("payments-worker").state()).faults).toEqual({ errorRatePercent: 0, addedLatencyMs: 0, mode: "none" });
    expect(recorded.logs[0]?.line).toBe("Before: 3.1.3 live on blue (green idle with 3.1.2), canary 0%, faults: 30% injected errors, +200 ms latency");
  });

  it("previews by reading the state (the sandbox's dry run), changing nothing", async () => {
    await control("storefront").deploy({ version: "1.5.0" });
    const env = fleetContext().context;
    const preview = (params: unknown) => sandboxExecutor.preview(sandboxParamsSchema.parse(params), env);

    expect(await preview({ service: "storefront", operation: "deploy", version: "previous" })).toEqual({
      description: "Deploy the previous version of sandbox service storefront",
      dryRun: { supported: true, ok: true, lines: ["would deploy the previous version 1.4.2 (now 1.5.0)", "now: 1.5.0 live on blue (green idle with 1.4.1), canary 0%, no faults"] },
    });
    expect((await preview({ service: "storefront", operation: "deploy", version: "1.4.2" })).dryRun).toMatchObject({ ok: true, lines: ["would deploy 1.4.2 (now 1.5.0)", expect.any(String)] });
    expect((await preview({ service: "storefront", operation: "deploy", version: "9.9.9" })).dryRun).toMatchObject({
      ok: false,
      lines: ['unknown version "9.9.9"; storefront knows 1.4.0, 1.4.1, 1.4.2, 1.5.0', expect.any(String)],
    });
    expect((await preview({ service: "storefront", operation: "switch_live", color: "green" })).dryRun).toMatchObject({
      ok: true,
      lines: ["would switch live traffic to green, serving 1.4.1 (now 1.5.0 on blue)", expect.any(String)],
    });
    expect((await preview({ service: "recommendations", operation: "clear_faults" })).dryRun).toEqual({ supported: true, ok: false, lines: ["No sandbox service recommendations is running"] });
    expect((await control("storefront").state()).currentVersion).toBe("1.5.0");
  });

  it("captures the full current state", async () => {
    await control("checkout-api").setCanaryWeight(10);
    const captured = await sandboxExecutor.capture!(sandboxParamsSchema.parse({ service: "checkout-api", operation: "canary_weight", weight: 0 }), fleetContext().context);
    expect(captured).toEqual({ label: "Sandbox service checkout-api: 2.8.1 live on blue (green idle with 2.8.0), canary 10%, no faults", data: await control("checkout-api").state() });
  });

  it("fails when Rewind knows no such running service", async () => {
    const failure = await failureOf(sandboxExecutor.execute(sandboxParamsSchema.parse({ service: "storefront", operation: "clear_faults" }), recordedActionContext().context));
    expect(failure.message).toBe("No sandbox service storefront is running");
  });

  it("fails without changing anything when the step is already stopped", async () => {
    const controller = new AbortController();
    controller.abort();
    const params = sandboxParamsSchema.parse({ service: "storefront", operation: "deploy", version: "1.4.0" });
    const failure = await failureOf(sandboxExecutor.execute(params, fleetContext({ signal: controller.signal }).context));
    expect(failure.message).toBe("Stopped (step timeout or cancel) before the sandbox service answered");
    expect((await control("storefront").state()).currentVersion).toBe("1.4.2");
  });

  it("fails, retryable, when the service has stopped", { timeout: 60_000 }, async () => {
    const spareDir = await mkdtemp(path.join(os.tmpdir(), "rewind-sandbox-stopped-"));
    const spare = await startSandboxFleet({ stateDir: spareDir, trafficPerSecond: 0 });
    const stoppedUrl = spare.services[0]!.baseUrl;
    await spare.stop();
    await rm(spareDir, { recursive: true, force: true });

    const recorded = recordedActionContext({ sandboxServices: { storefront: stoppedUrl } });
    const failure = await failureOf(sandboxExecutor.execute(sandboxParamsSchema.parse({ service: "storefront", operation: "deploy", version: "1.4.1" }), recorded.context));
    expect(failure.message).toBe(`Sandbox service at ${stoppedUrl} did not answer state: connect ECONNREFUSED ${new URL(stoppedUrl).host}`);
    expect(failure.options.retryable).toBe(true);
  });
});
