import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import type { V1Deployment } from "@kubernetes/client-node";
import { ActionFailure, type LogLevel } from "./action-executor";
import type { Kube } from "./kubernetes-client";

const POLL_INTERVAL_MS = 1_000;

/**
 * Waits as `kubectl rollout status` does: until the Deployment controller has
 * observed the latest generation, every replica runs the new template, no old
 * replica is left and all updated ones are available. It fails when the
 * controller reports the progress deadline exceeded, and stops on the step's
 * signal (timeout or cancel).
 */
export async function waitForRollout(name: string, kube: Kube, log: (line: string, level?: LogLevel) => void): Promise<void> {
  let lastLine = "";
  for (;;) {
    const deployment = await kube.call(`reading Deployment ${name}`, (options) => kube.apps.readNamespacedDeployment({ name, namespace: kube.namespace }, options));
    const progress = rolloutProgress(deployment);
    if (progress.line !== lastLine) log(`rollout: ${progress.line}`);
    lastLine = progress.line;
    if (progress.failed) throw new ActionFailure(`Deployment ${name} ${progress.failed}`);
    if (progress.done) return;
    await delay(POLL_INTERVAL_MS, undefined, { signal: kube.signal }).catch(() => {
      log(`stopped waiting for the rollout of Deployment ${name}: ${progress.line}`, "warn");
      throw kube.signal.reason;
    });
  }
}

/** kubectl's DeploymentStatusViewer, in the same order and with the same words. */
export function rolloutProgress(deployment: V1Deployment): { line: string; done: boolean; failed?: string } {
  const generation = deployment.metadata?.generation ?? 0;
  const wanted = deployment.spec?.replicas;
  const { observedGeneration = 0, replicas = 0, updatedReplicas = 0, availableReplicas = 0, conditions = [] } = deployment.status ?? {};
  if (observedGeneration < generation) return { line: "waiting for the Deployment controller to observe the change", done: false };
  if (conditions.some((condition) => condition.type === "Progressing" && condition.reason === "ProgressDeadlineExceeded")) {
    return { line: "progress deadline exceeded", done: false, failed: "exceeded its progress deadline (kubectl rollout status would fail too): look at its pods' events" };
  }
  if (wanted !== undefined && updatedReplicas < wanted) return { line: `${updatedReplicas} of ${wanted} new replicas updated`, done: false };
  if (replicas > updatedReplicas) return { line: `${replicas - updatedReplicas} old replicas pending termination`, done: false };
  if (availableReplicas < updatedReplicas) return { line: `${availableReplicas} of ${updatedReplicas} updated replicas available`, done: false };
  return { line: `successfully rolled out (${updatedReplicas} of ${wanted ?? updatedReplicas} replicas updated and available)`, done: true };
}
