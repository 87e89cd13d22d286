import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import type { SandboxState } from "@/lib/sandbox/control-api";
import { SandboxControlError, sandboxControlClient, type SandboxControlClient } from "@/lib/sandbox/sandbox-control-client";
import { ActionFailure, type ActionEnvironment, type LogLevel } from "./action-executor";

const POLL_INTERVAL_MS = 200;

/** A control client bound to the step's signal: every call fails promptly once the step times out or is cancelled. */
export type SandboxControl = {
  slug: string;
  call<T>(action: string, run: (client: SandboxControlClient) => Promise<T>): Promise<T>;
};

export async function connectSandbox(slug: string, env: Pick<ActionEnvironment, "sandboxBaseUrl">, signal: AbortSignal): Promise<SandboxControl> {
  const baseUrl = await env.sandboxBaseUrl(slug);
  if (baseUrl === null) throw new ActionFailure(`No sandbox service ${slug} is running`);
  const client = sandboxControlClient(baseUrl);
  return {
    slug,
    // The client keeps its own 5 s limit per call, which ends a call left behind by an abort.
    call: (action, run) => untilAborted(signal, run(client)).catch((error: unknown) => Promise.reject(toFailure(slug, action, error))),
  };
}

function untilAborted<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(stopped());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(stopped());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

const stopped = () => new ActionFailure("Stopped (step timeout or cancel) before the sandbox service answered");

function toFailure(slug: string, action: string, error: unknown): ActionFailure {
  if (error instanceof ActionFailure) return error;
  if (error instanceof SandboxControlError) {
    // No status: the service did not answer (stopped, restarting); trying again may find it back.
    if (error.status === null) return new ActionFailure(error.message, { retryable: true });
    return new ActionFailure(`Sandbox service ${slug} refused ${action}: ${error.message}`);
  }
  return new ActionFailure(`Sandbox service ${slug} answered ${action} with something unexpected: ${error instanceof Error ? error.message : String(error)}`);
}

/** "1.5.0 live on blue (green idle with 1.4.2), canary 0%, no faults" */
export function describeSandboxState(state: SandboxState): string {
  const idle = state.liveColor === "blue" ? "green" : "blue";
  return `${state.currentVersion} live on ${state.liveColor} (${idle} idle with ${state.slots[idle].version}), canary ${state.canaryWeight}%, ${describeFaults(state)}`;
}

export function describeFaults(state: SandboxState): string {
  const { errorRatePercent, addedLatencyMs, mode } = state.faults;
  const parts = [
    ...(errorRatePercent > 0 ? [`${errorRatePercent}% injected errors`] : []),
    ...(addedLatencyMs > 0 ? [`+${addedLatencyMs} ms latency`] : []),
    ...(mode !== "none" ? [`mode ${mode}`] : []),
  ];
  return parts.length === 0 ? "no faults" : `faults: ${parts.join(", ")}`;
}

/** What a step result keeps of a state: what a commander compares before and after. */
export function stateSummary(state: SandboxState) {
  return { currentVersion: state.currentVersion, liveColor: state.liveColor, slots: state.slots, canaryWeight: state.canaryWeight, faults: state.faults };
}

/**
 * Polls `/control/state` until `version` serves live traffic. The sandbox
 * switches at once today; a deploy that takes time (or another hand
 * deploying meanwhile) is waited for until the step's timeout aborts `signal`.
 */
export async function waitUntilLive(control: SandboxControl, version: string, signal: AbortSignal, log: (line: string, level?: LogLevel) => void): Promise<SandboxState> {
  const started = performance.now();
  let lastSeen = "";
  for (;;) {
    const state = await control.call("state", (client) => client.state());
    if (state.currentVersion === version) {
      log(`${version} is live on ${state.liveColor} after ${Math.round(performance.now() - started)} ms`);
      return state;
    }
    const seen = describeSandboxState(state);
    if (seen !== lastSeen) log(`Waiting for ${version} to go live; now ${seen}`);
    lastSeen = seen;
    await delay(POLL_INTERVAL_MS, undefined, { signal }).catch(() => Promise.reject(new ActionFailure(`Stopped (step timeout or cancel) while waiting for ${version} to go live; now ${seen}`)));
  }
}
