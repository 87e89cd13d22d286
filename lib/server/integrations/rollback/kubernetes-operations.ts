import "server-only";
import { PatchStrategy, type V1Service } from "@kubernetes/client-node";
import { canaryToZero, formatLabels, type IstioHttpRoute, type KubernetesParams } from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure } from "./action-executor";
import { statusCodeOf, type Kube } from "./kubernetes-client";
import { deploymentState, prepareRolloutUndo, readDeployment } from "./kubernetes-rollout-undo";

/** What an operation found and will change, and how to apply it: for real, or as a server-side dry run (`dryRun=All`). */
export type PreparedChange = {
  lines: string[];
  /** The target's state before the change, JSON-safe and secret-free. */
  state: Record<string, unknown>;
  summary: string;
  /** The Deployment whose rollout to wait for once applied, if any. */
  waitFor: string | null;
  apply(dryRun: boolean): Promise<string[]>;
};

type Params<O extends KubernetesParams["operation"]> = Extract<KubernetesParams, { operation: O }>;
type ArgoRollout = { metadata?: { resourceVersion?: string }; status?: { phase?: string; abort?: boolean; message?: string; stableRS?: string; currentPodHash?: string } };
type VirtualService = { metadata?: { resourceVersion?: string }; spec?: { http?: (IstioHttpRoute & { name?: string })[] } };

const ARGO_ROLLOUTS = { group: "argoproj.io", version: "v1alpha1", plural: "rollouts" };
const ISTIO_VIRTUAL_SERVICES = { group: "networking.istio.io", version: "v1beta1", plural: "virtualservices" };
const would = (dryRun: boolean, done: string, wouldDo: string) => (dryRun ? `the API server accepted it: ${wouldDo}` : done);

export async function prepareChange(params: KubernetesParams, kube: Kube): Promise<PreparedChange> {
  switch (params.operation) {
    case "rollout_undo":
      return prepareRolloutUndo(params, kube);
    case "scale":
      return prepareScale(params, kube);
    case "switch_service_selector":
      return prepareSelectorSwitch(params, kube);
    case "argo_rollout_abort":
      return prepareArgoAbort(params, kube);
    case "istio_canary_to_zero":
      return prepareCanaryToZero(params, kube);
  }
}

/** The state before a rollback, for the run's capture manifest. */
export async function captureState(params: KubernetesParams, kube: Kube): Promise<Record<string, unknown>> {
  switch (params.operation) {
    case "rollout_undo":
    case "scale":
      return deploymentState(await readDeployment(params.deployment, kube));
    case "switch_service_selector":
      return { selector: (await readService(params.service, kube)).spec?.selector ?? {} };
    case "argo_rollout_abort":
      return argoState(await readArgoRollout(params.rollout, kube));
    case "istio_canary_to_zero":
      return istioState(await readVirtualService(params.virtualService, kube));
  }
}

/** As `kubectl scale`: a merge patch of the Deployment's scale subresource. */
async function prepareScale(params: Params<"scale">, kube: Kube): Promise<PreparedChange> {
  const deployment = await readDeployment(params.deployment, kube);
  const line = `Deployment ${params.deployment}: ${deployment.spec?.replicas ?? 1} → ${params.replicas} replicas`;
  return {
    lines: [line],
    state: deploymentState(deployment),
    summary: line,
    waitFor: params.waitForRollout ? params.deployment : null,
    apply: async (dryRun) => {
      const body = { spec: { replicas: params.replicas } };
      const scale = await kube.call(
        `scaling Deployment ${params.deployment}`,
        (options) => kube.apps.patchNamespacedDeploymentScale({ name: params.deployment, namespace: kube.namespace, body, dryRun: dryRun ? "All" : undefined }, options),
        PatchStrategy.MergePatch,
      );
      return [would(dryRun, `scaled to ${scale.spec?.replicas}`, `it would scale to ${scale.spec?.replicas}`)];
    },
  };
}

const readService = (name: string, kube: Kube): Promise<V1Service> =>
  kube.call(`reading Service ${name}`, (options) => kube.core.readNamespacedService({ name, namespace: kube.namespace }, options));

/** Blue/green: the selector becomes exactly the given one (labels it no longer names are removed), guarded by the resourceVersion read. */
async function prepareSelectorSwitch(params: Params<"switch_service_selector">, kube: Kube): Promise<PreparedChange> {
  const service = await readService(params.service, kube);
  const before = service.spec?.selector ?? {};
  const removed = Object.fromEntries(Object.keys(before).filter((key) => !(key in params.selector)).map((key) => [key, null]));
  const line = `Service ${params.service}: selector ${formatLabels(before)} → ${formatLabels(params.selector)}`;
  return {
    lines: [line],
    state: { selector: before },
    summary: line,
    waitFor: null,
    apply: async (dryRun) => {
      const body = { metadata: { resourceVersion: service.metadata?.resourceVersion }, spec: { selector: { ...removed, ...params.selector } } };
      const patched = await kube.call(
        `patching Service ${params.service}`,
        (options) => kube.core.patchNamespacedService({ name: params.service, namespace: kube.namespace, body, dryRun: dryRun ? "All" : undefined }, options),
        PatchStrategy.MergePatch,
      );
      const selector = formatLabels(patched.spec?.selector);
      return [would(dryRun, `the Service now selects ${selector}`, `the Service would select ${selector}`)];
    },
  };
}

const readArgoRollout = async (name: string, kube: Kube) =>
  (await kube.call(`reading Rollout ${name}`, (options) => kube.custom.getNamespacedCustomObject({ ...ARGO_ROLLOUTS, namespace: kube.namespace, name }, options))) as ArgoRollout;
const argoState = (rollout: ArgoRollout) => ({
  phase: rollout.status?.phase ?? null,
  abort: rollout.status?.abort ?? false,
  stableRS: rollout.status?.stableRS ?? null,
  currentPodHash: rollout.status?.currentPodHash ?? null,
});

/** As `kubectl argo rollouts abort`: `{"status":{"abort":true}}` on the status subresource, or on the Rollout where its CRD has none. */
async function prepareArgoAbort(params: Params<"argo_rollout_abort">, kube: Kube): Promise<PreparedChange> {
  const rollout = await readArgoRollout(params.rollout, kube);
  const state = argoState(rollout);
  const line = `Rollout ${params.rollout}: phase ${state.phase ?? "unknown"}${state.abort ? ", already aborted" : ""}; stable ReplicaSet ${state.stableRS ?? "unknown"}, current ${state.currentPodHash ?? "unknown"}`;
  return {
    lines: [line],
    state,
    summary: `Rollout ${params.rollout} aborted: traffic back to the stable ReplicaSet ${state.stableRS ?? ""}`.trim(),
    waitFor: null,
    apply: async (dryRun) => {
      const request = { ...ARGO_ROLLOUTS, namespace: kube.namespace, name: params.rollout, body: { status: { abort: true } }, dryRun: dryRun ? "All" : undefined };
      const what = `aborting Rollout ${params.rollout}`;
      try {
        await kube.call(what, (options) => kube.custom.patchNamespacedCustomObjectStatus(request, options), PatchStrategy.MergePatch);
      } catch (error) {
        if (statusCodeOf(error) !== 404) throw error;
        await kube.call(what, (options) => kube.custom.patchNamespacedCustomObject(request, options), PatchStrategy.MergePatch);
      }
      return [would(dryRun, "aborted the rollout", "the rollout would be aborted")];
    },
  };
}

const readVirtualService = async (name: string, kube: Kube) =>
  (await kube.call(`reading VirtualService ${name}`, (options) => kube.custom.getNamespacedCustomObject({ ...ISTIO_VIRTUAL_SERVICES, namespace: kube.namespace, name }, options))) as VirtualService;
const istioState = (service: VirtualService) => ({
  http: (service.spec?.http ?? []).map((entry) => ({
    name: entry.name ?? null,
    route: (entry.route ?? []).map((route) => ({ host: route.destination?.host ?? null, subset: route.destination?.subset ?? null, weight: route.weight ?? null })),
  })),
});
const formatWeights = (http: IstioHttpRoute[]) =>
  http
    .flatMap((entry) => entry.route ?? [])
    .map((route) => `${route.destination?.subset ?? route.destination?.host}=${route.weight ?? 100}`)
    .join(", ");

/** The HTTP routes rewritten with the canary at 0 and stable at 100, as one merge patch guarded by the resourceVersion read. */
async function prepareCanaryToZero(params: Params<"istio_canary_to_zero">, kube: Kube): Promise<PreparedChange> {
  const service = await readVirtualService(params.virtualService, kube);
  const http = service.spec?.http ?? [];
  const next = canaryToZero(http, params.stableSubset, params.canarySubset);
  if ("error" in next) throw new ActionFailure(`cannot send the canary of VirtualService ${params.virtualService} to zero: ${next.error}`);
  const line = `VirtualService ${params.virtualService}: ${formatWeights(http)} → ${formatWeights(next.http)}`;
  return {
    lines: [line],
    state: istioState(service),
    summary: line,
    waitFor: null,
    apply: async (dryRun) => {
      const body = { metadata: { resourceVersion: service.metadata?.resourceVersion }, spec: { http: next.http } };
      const patched = (await kube.call(
        `patching VirtualService ${params.virtualService}`,
        (options) => kube.custom.patchNamespacedCustomObject({ ...ISTIO_VIRTUAL_SERVICES, namespace: kube.namespace, name: params.virtualService, body, dryRun: dryRun ? "All" : undefined }, options),
        PatchStrategy.MergePatch,
      )) as VirtualService;
      const weights = formatWeights(patched.spec?.http ?? []);
      return [would(dryRun, `weights now ${weights}`, `weights would be ${weights}`)];
    },
  };
}
