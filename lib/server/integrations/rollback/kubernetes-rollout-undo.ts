import "server-only";
import { PatchStrategy, type V1Deployment, type V1PodTemplateSpec, type V1ReplicaSet } from "@kubernetes/client-node";
import {
  labelSelectorQuery,
  pickUndoRevision,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  sameTemplate,
  undoAnnotations,
  withoutHashLabel,
  type KubernetesParams,
} from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure } from "./action-executor";
import type { Kube } from "./kubernetes-client";
import type { PreparedChange } from "./kubernetes-operations";

type RolloutUndo = Extract<KubernetesParams, { operation: "rollout_undo" }>;

const revisionOf = (object: { metadata?: { annotations?: Record<string, string> } }) => Number(object.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0) || 0;
const historyOf = (object: V1ReplicaSet) => (object.metadata?.annotations?.[REVISION_HISTORY_ANNOTATION] ?? "").split(",").filter(Boolean).map(Number);

/** Container name → image, the part of a pod template people recognise. */
export function imagesOf(template: V1PodTemplateSpec | undefined): Record<string, string> {
  return Object.fromEntries((template?.spec?.containers ?? []).map((container) => [container.name, container.image ?? "?"]));
}
const formatImages = (template: V1PodTemplateSpec | undefined) => Object.values(imagesOf(template)).join(", ") || "(no containers)";

export async function readDeployment(name: string, kube: Kube): Promise<V1Deployment> {
  return kube.call(`reading Deployment ${name}`, (options) => kube.apps.readNamespacedDeployment({ name, namespace: kube.namespace }, options));
}

export function deploymentState(deployment: V1Deployment): Record<string, unknown> {
  return { revision: revisionOf(deployment), images: imagesOf(deployment.spec?.template), replicas: deployment.spec?.replicas ?? null };
}

/**
 * `kubectl rollout undo`: the ReplicaSets the Deployment controls (found by its
 * selector, kept by owner uid), the target revision by kubectl's rule, then one
 * JSON patch that replaces the pod template (without its hash label) and the
 * annotations, as kubectl sends it. The target is resolved before anything is
 * sent and stays in the step's state, so the log shows which revision it was.
 */
export async function prepareRolloutUndo(params: RolloutUndo, kube: Kube): Promise<PreparedChange> {
  const deployment = await readDeployment(params.deployment, kube);
  const owned = await ownedReplicaSets(deployment, kube);
  const current = revisionOf(deployment) || Math.max(0, ...owned.map(revisionOf));
  const picked = pickUndoRevision(current, owned.map((replicaSet) => ({ revision: revisionOf(replicaSet), history: historyOf(replicaSet) })), params.toRevision);
  const state = deploymentState(deployment);
  const name = `Deployment ${params.deployment}`;
  if ("error" in picked) throw new ActionFailure(`cannot roll back ${name}: ${picked.error}`);
  const waitFor = params.waitForRollout ? params.deployment : null;
  if ("alreadyAt" in picked) return unchanged(state, waitFor, `${name} already runs revision ${picked.alreadyAt}'s pod template (renumbered revision ${current} by the rollback): nothing to roll back`);
  if (deployment.spec?.paused) throw new ActionFailure(`cannot roll back ${name}: it is paused; resume it first (kubectl rollout resume deployment/${params.deployment})`);

  const target = owned.find((replicaSet) => revisionOf(replicaSet) === picked.revision)!;
  const stateWithTarget = { ...state, targetRevision: picked.revision };
  if (sameTemplate(target.spec?.template, deployment.spec?.template)) {
    return unchanged(stateWithTarget, waitFor, `skipped rollback: the current pod template of ${name} already matches revision ${picked.revision}`);
  }
  const template = withoutHashLabel(target.spec!.template!);
  const annotations = undoAnnotations(deployment.metadata?.annotations, target.metadata?.annotations);
  const patch = [
    { op: "replace", path: "/spec/template", value: template },
    { op: "replace", path: "/metadata/annotations", value: annotations },
  ];
  return {
    lines: [`${name}: revision ${current} → revision ${picked.revision}`, ...imageChanges(deployment.spec?.template, template)],
    state: stateWithTarget,
    summary: `${name} rolled back from revision ${current} to revision ${picked.revision} (${formatImages(template)})`,
    waitFor,
    apply: async (dryRun) => {
      const patched = await kube.call(
        `patching ${name}`,
        (options) => kube.apps.patchNamespacedDeployment({ name: params.deployment, namespace: kube.namespace, body: patch, dryRun: dryRun ? "All" : undefined }, options),
        PatchStrategy.JsonPatch,
      );
      return [dryRun ? `the API server accepted the patch; the Deployment would run ${formatImages(patched.spec?.template)}` : `patched the pod template; the Deployment now runs ${formatImages(patched.spec?.template)}`];
    },
  };
}

async function ownedReplicaSets(deployment: V1Deployment, kube: Kube): Promise<V1ReplicaSet[]> {
  let labelSelector: string;
  try {
    labelSelector = labelSelectorQuery(deployment.spec?.selector);
  } catch (error) {
    throw new ActionFailure(`cannot read the selector of Deployment ${deployment.metadata?.name}: ${(error as Error).message}`);
  }
  const list = await kube.call("listing ReplicaSets", (options) => kube.apps.listNamespacedReplicaSet({ namespace: kube.namespace, labelSelector }, options));
  // Another workload's ReplicaSets may carry the same labels: only the ones this Deployment controls count, as in kubectl.
  return list.items.filter((replicaSet) => replicaSet.metadata?.ownerReferences?.some((owner) => owner.controller === true && owner.uid === deployment.metadata?.uid));
}

function imageChanges(from: V1PodTemplateSpec | undefined, to: V1PodTemplateSpec): string[] {
  const before = imagesOf(from);
  const after = imagesOf(to);
  const lines = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((container) => before[container] !== after[container])
    .map((container) => `container ${container}: ${before[container] ? `image ${before[container]}` : "(absent)"} → ${after[container] ?? "(removed)"}`);
  return lines.length ? lines : ["same images; other fields of the pod template change"];
}

/** Nothing to patch; a rollout a previous attempt started is still waited for. */
function unchanged(state: Record<string, unknown>, waitFor: string | null, line: string): PreparedChange {
  return { lines: [line], state, summary: line, waitFor, apply: async () => [] };
}
