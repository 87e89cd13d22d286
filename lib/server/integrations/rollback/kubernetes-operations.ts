import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import type { V1Deployment, V1PodTemplateSpec, V1ReplicaSet } from "@kubernetes/client-node";
import { canaryToZero, pickUndoRevision, REVISION_ANNOTATION, type KubernetesParams } from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure, type LogLevel } from "./action-executor";
import { kubeCall, MERGE_PATCH, STRATEGIC_MERGE_PATCH, type KubernetesClients } from "./kubernetes-client";

/** What an operation found, and how to apply it (for real, or as a server-side dry run). */
export type PreparedChange = { lines: string[]; state: Record<string, unknown>; apply(dryRun: boolean): Promise<string[]> };

const images = (template: V1PodTemplateSpec | undefined) => (template?.spec?.containers ?? []).map((container) => container.image ?? "?").join(", ");
const revisionOf = (object: { metadata?: { annotations?: Record<string, string> } }) => Number(object.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0);
const dry = (dryRun: boolean) => (dryRun ? "All" : undefined);

export async function prepareChange(params: KubernetesParams, clients: KubernetesClients, signal: AbortSignal): Promise<PreparedChange> {
  const namespace = clients.namespace;
  switch (params.operation) {
    case "rollout_undo": {
      const deployment = await kubeCall(`reading Deployment ${params.deployment}`, () => clients.apps.readNamespacedDeployment({ name: params.deployment, namespace }), clients, signal);
      const target = await undoTarget(deployment, params.toRevision, clients, signal);
      const template = structuredClone(target.spec!.template!);
      delete template.metadata?.labels?.["pod-template-hash"];
      // kubectl copies the ReplicaSet's annotations, but not the ones that describe revisions or the last kubectl apply.
      const annotations = Object.fromEntries(Object.entries(target.metadata?.annotations ?? {}).filter(([key]) => !key.startsWith("deployment.kubernetes.io/") && key !== "kubectl.kubernetes.io/last-applied-configuration"));
      const from = `revision ${revisionOf(deployment)} (${images(deployment.spec?.template)})`;
      const to = `revision ${revisionOf(target)} (${images(template)})`;
      return {
        lines: [`Deployment ${params.deployment}: ${from} → ${to}`],
        state: { revision: revisionOf(deployment), image: images(deployment.spec?.template), replicas: deployment.spec?.replicas ?? null },
        apply: async (dryRun) => {
          const patched = await kubeCall(`patching Deployment ${params.deployment}`, () => clients.apps.patchNamespacedDeployment({ name: params.deployment, namespace, body: { metadata: { annotations }, spec: { template } }, dryRun: dry(dryRun) }, STRATEGIC_MERGE_PATCH), clients, signal);
          return [`${dryRun ? "would patch" : "patched"} the pod template: images ${images(patched.spec?.template)}`];
        },
      };
    }
    case "scale": {
      const deployment = await kubeCall(`reading Deployment ${params.deployment}`, () => clients.apps.readNamespacedDeployment({ name: params.deployment, namespace }), clients, signal);
      return {
        lines: [`Deployment ${params.deployment}: ${deployment.spec?.replicas ?? 1} → ${params.replicas} replicas`],
        state: { replicas: deployment.spec?.replicas ?? 1 },
        apply: async (dryRun) => {
          await kubeCall(`scaling Deployment ${params.deployment}`, () => clients.apps.patchNamespacedDeployment({ name: params.deployment, namespace, body: { spec: { replicas: params.replicas } }, dryRun: dry(dryRun) }, MERGE_PATCH), clients, signal);
          return [`${dryRun ? "would scale" : "scaled"} to ${params.replicas}`];
        },
      };
    }
    case "switch_service_selector": {
      const service = await kubeCall(`reading Service ${params.service}`, () => clients.core.readNamespacedService({ name: params.service, namespace }), clients, signal);
      const format = (selector: Record<string, string> | undefined) => Object.entries(selector ?? {}).map(([key, value]) => `${key}=${value}`).join(",") || "(none)";
      return {
        lines: [`Service ${params.service}: selector ${format(service.spec?.selector)} → ${format(params.selector)}`],
        state: { selector: service.spec?.selector ?? {} },
        apply: async (dryRun) => {
          await kubeCall(`patching Service ${params.service}`, () => clients.core.patchNamespacedService({ name: params.service, namespace, body: { spec: { selector: params.selector } }, dryRun: dry(dryRun) }, MERGE_PATCH), clients, signal);
          return [`${dryRun ? "would point" : "pointed"} the Service at ${format(params.selector)}`];
        },
      };
    }
    case "argo_rollout_abort": {
      const rollout = (await kubeCall(`reading Rollout ${params.rollout}`, () => clients.custom.getNamespacedCustomObject({ group: "argoproj.io", version: "v1alpha1", namespace, plural: "rollouts", name: params.rollout }), clients, signal)) as { status?: { phase?: string; abort?: boolean } };
      return {
        lines: [`Rollout ${params.rollout}: phase ${rollout.status?.phase ?? "unknown"}${rollout.status?.abort ? ", already aborted" : ""}`],
        state: { phase: rollout.status?.phase ?? null, abort: rollout.status?.abort ?? false },
        apply: async (dryRun) => {
          await kubeCall(`aborting Rollout ${params.rollout}`, () => clients.custom.patchNamespacedCustomObjectStatus({ group: "argoproj.io", version: "v1alpha1", namespace, plural: "rollouts", name: params.rollout, body: { status: { abort: true } }, dryRun: dry(dryRun) }, MERGE_PATCH), clients, signal);
          return [`${dryRun ? "would abort" : "aborted"} the rollout`];
        },
      };
    }
    case "istio_canary_to_zero": {
      type Route = { destination?: { host?: string; subset?: string }; weight?: number };
      const service = (await kubeCall(`reading VirtualService ${params.virtualService}`, () => clients.custom.getNamespacedCustomObject({ group: "networking.istio.io", version: "v1beta1", namespace, plural: "virtualservices", name: params.virtualService }), clients, signal)) as { spec?: { http?: { route?: Route[] }[] } };
      const http = service.spec?.http ?? [];
      if (!http.some((entry) => entry.route?.some((route) => route.destination?.subset === params.canarySubset))) {
        throw new ActionFailure(`VirtualService ${params.virtualService} has no route to subset ${params.canarySubset}`);
      }
      const weights = (entries: typeof http) => entries.flatMap((entry) => entry.route ?? []).map((route) => `${route.destination?.subset ?? route.destination?.host}=${route.weight ?? 100}`).join(", ");
      const next = http.map((entry) => ({ ...entry, route: canaryToZero(entry.route ?? [], params.stableSubset, params.canarySubset) }));
      return {
        lines: [`VirtualService ${params.virtualService}: ${weights(http)} → ${weights(next)}`],
        state: { weights: weights(http) },
        apply: async (dryRun) => {
          await kubeCall(`patching VirtualService ${params.virtualService}`, () => clients.custom.patchNamespacedCustomObject({ group: "networking.istio.io", version: "v1beta1", namespace, plural: "virtualservices", name: params.virtualService, body: { spec: { http: next } }, dryRun: dry(dryRun) }, MERGE_PATCH), clients, signal);
          return [`${dryRun ? "would set" : "set"} weights ${weights(next)}`];
        },
      };
    }
  }
}

/** kubectl's choice: the Deployment's own ReplicaSets (by owner uid), by their revision annotation. */
async function undoTarget(deployment: V1Deployment, toRevision: number | undefined, clients: KubernetesClients, signal: AbortSignal): Promise<V1ReplicaSet> {
  const labels = deployment.spec?.selector?.matchLabels ?? {};
  const labelSelector = Object.entries(labels).map(([key, value]) => `${key}=${value}`).join(",");
  const list = await kubeCall("listing ReplicaSets", () => clients.apps.listNamespacedReplicaSet({ namespace: clients.namespace, labelSelector }), clients, signal);
  const owned = list.items.filter((replicaSet) => replicaSet.metadata?.ownerReferences?.some((owner) => owner.uid === deployment.metadata?.uid));
  const picked = pickUndoRevision(revisionOf(deployment), owned.map(revisionOf), toRevision);
  if ("error" in picked) throw new ActionFailure(`cannot roll back Deployment ${deployment.metadata?.name}: ${picked.error}`);
  return owned.find((replicaSet) => revisionOf(replicaSet) === picked.revision)!;
}

const POLL_INTERVAL_MS = 1_000;

/**
 * Waits, as `kubectl rollout status` does, until the Deployment controller
 * has observed the new generation and every replica runs the new template
 * and is available. Bounded by the step's signal (timeout or cancel).
 */
export async function waitForRollout(name: string, clients: KubernetesClients, signal: AbortSignal, log: (line: string, level?: LogLevel) => void): Promise<void> {
  let lastProgress = "";
  for (;;) {
    const deployment = await kubeCall(`reading Deployment ${name}`, () => clients.apps.readNamespacedDeployment({ name, namespace: clients.namespace }), clients, signal);
    const progress = rolloutProgress(deployment);
    if (progress.line !== lastProgress) log(`rollout: ${progress.line}`);
    lastProgress = progress.line;
    if (progress.failed) throw new ActionFailure(`Deployment ${name} ${progress.failed}`);
    if (progress.done) return;
    await delay(POLL_INTERVAL_MS, undefined, { signal }).catch(() => {
      log(`stopped waiting for the rollout of Deployment ${name}: ${progress.line}`, "warn");
      throw signal.reason;
    });
  }
}

function rolloutProgress(deployment: V1Deployment): { line: string; done: boolean; failed?: string } {
  const wanted = deployment.spec?.replicas ?? 1;
  const { observedGeneration = 0, replicas = 0, updatedReplicas = 0, availableReplicas = 0, conditions = [] } = deployment.status ?? {};
  const line = `${updatedReplicas} of ${wanted} replicas updated, ${availableReplicas} available`;
  if (observedGeneration < (deployment.metadata?.generation ?? 0)) return { line: "waiting for the Deployment controller to observe the change", done: false };
  const stalled = conditions.find((condition) => condition.type === "Progressing" && condition.reason === "ProgressDeadlineExceeded");
  if (stalled) return { line, done: false, failed: `exceeded its progress deadline: ${stalled.message ?? line}` };
  return { line, done: updatedReplicas >= wanted && replicas <= updatedReplicas && availableReplicas >= updatedReplicas };
}
