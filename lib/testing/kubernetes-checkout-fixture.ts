/**
 * The checkout Deployment, its three ReplicaSet revisions, a Service, an Argo
 * Rollout and an Istio VirtualService, served by the Kubernetes API stand-in
 * (lib/testing/fake-kubernetes-api.ts) for the kubernetes action's tests.
 */
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { ActionFailure } from "@/lib/server/integrations/rollback/action-executor";
import { kubernetesExecutor } from "@/lib/server/integrations/rollback/kubernetes";
import { kubernetesParamsSchema } from "@/lib/domain/rollback/actions/kubernetes";
import { fakeKubeconfig, startFakeKubernetesApi, type FakeKubernetesApi, type KubeObject } from "./fake-kubernetes-api";
import { recordedActionContext } from "./http-action-context";

let standIn: FakeKubernetesApi | undefined;

/** The running stand-in; only inside tests of a file that called serveFakeCheckoutCluster(). */
export function api(): FakeKubernetesApi {
  if (!standIn) throw new Error("call serveFakeCheckoutCluster() in the test file first");
  return standIn;
}

/** Starts the stand-in for the file and reseeds the cluster before each test. */
export function serveFakeCheckoutCluster(): void {
  beforeAll(async () => {
    standIn = await startFakeKubernetesApi();
  });
  afterAll(async () => {
    await standIn?.stop();
  });
  beforeEach(() => {
    api().requests.length = 0;
    api().holdRollouts(false);
    seed();
  });
}

export const NS = "shop";
const DEPLOYMENT_UID = "0b0c7c6e-1b1f-4d6a-9a52-7f1f3e0b0001";
const owner = { apiVersion: "apps/v1", kind: "Deployment", name: "checkout", uid: DEPLOYMENT_UID, controller: true };

const podTemplate = (image: string, extra: { env?: { name: string; value: string }[] } = {}) => ({ metadata: { labels: { app: "checkout" } }, spec: { containers: [{ name: "checkout", image, ...extra }] } });
const withHash = (template: ReturnType<typeof podTemplate>, hash: string) => ({ ...template, metadata: { labels: { ...template.metadata.labels, "pod-template-hash": hash } } });
export const REVISIONS = [
  { revision: "1", hash: "aaa", template: podTemplate("shop/checkout:1.4.1") },
  { revision: "2", hash: "bbb", template: podTemplate("shop/checkout:1.4.2") },
  // The bad release also turned a feature on: an undo must drop that variable too, not merge it in.
  { revision: "3", hash: "ccc", template: podTemplate("shop/checkout:1.5.0", { env: [{ name: "NEW_CHECKOUT", value: "on" }] }) },
];

export function seed(overrides: { paused?: boolean } = {}) {
  api().put({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "checkout", namespace: NS, uid: DEPLOYMENT_UID, generation: 3, annotations: { "deployment.kubernetes.io/revision": "3", "kubernetes.io/change-cause": "deploy 1.5.0", team: "payments" } },
    spec: { replicas: 3, selector: { matchLabels: { app: "checkout" } }, template: REVISIONS[2]!.template, ...overrides },
    status: { observedGeneration: 3, replicas: 3, updatedReplicas: 3, availableReplicas: 3 },
  });
  for (const { revision, hash, template } of REVISIONS) {
    api().put({
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: `checkout-${hash}`, namespace: NS, uid: `rs-${hash}`, labels: { app: "checkout", "pod-template-hash": hash }, annotations: { "deployment.kubernetes.io/revision": revision, "kubernetes.io/change-cause": `deploy ${template.spec.containers[0]!.image}` }, ownerReferences: [owner] },
      spec: { replicas: 0, selector: { matchLabels: { app: "checkout", "pod-template-hash": hash } }, template: withHash(template, hash) },
    });
  }
  // Another Deployment's ReplicaSet with the same labels: kubectl ignores it by its controller's uid.
  api().put({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "impostor", namespace: NS, labels: { app: "checkout" }, annotations: { "deployment.kubernetes.io/revision": "9" }, ownerReferences: [{ ...owner, name: "other", uid: "someone-else" }] }, spec: { template: podTemplate("evil:1") } });
  api().put({ apiVersion: "v1", kind: "Service", metadata: { name: "checkout", namespace: NS }, spec: { selector: { app: "checkout", slot: "green", track: "stable" } } });
  api().put({ apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", metadata: { name: "checkout", namespace: NS, generation: 5 }, spec: { replicas: 3 }, status: { phase: "Progressing", stableRS: "6c8d7f", currentPodHash: "9f7b2c" } });
  const route = (subset: string, weight: number) => ({ destination: { host: "checkout", subset }, weight });
  api().put({ apiVersion: "networking.istio.io/v1beta1", kind: "VirtualService", metadata: { name: "checkout", namespace: NS }, spec: { hosts: ["checkout"], http: [{ name: "primary", route: [route("stable", 80), route("canary", 20)] }] } });
}

export const params = (operation: Record<string, unknown>) => kubernetesParamsSchema.parse({ kubeconfig: { secret: "kubeconfig" }, namespace: NS, ...operation });
export const context = (options: { signal?: AbortSignal; kubeconfig?: string } = {}) => recordedActionContext({ secrets: { kubeconfig: options.kubeconfig ?? fakeKubeconfig(api()) }, signal: options.signal });
export const env = () => ({ ...context().context, signal: AbortSignal.timeout(10_000) });
export const run = (operation: Record<string, unknown>, recorded = context()) => kubernetesExecutor.execute(params(operation), recorded.context);
export const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected an ActionFailure"), (error: unknown) => error as ActionFailure);
export type StoredDeployment = KubeObject & { spec: { replicas: number; template: unknown } };
export const deployment = () => api().get("apps/v1", "deployments", NS, "checkout") as StoredDeployment;
export const replicaSet = (hash: string) => api().get("apps/v1", "replicasets", NS, `checkout-${hash}`)!;
export const patches = () => api().requests.filter((request) => request.method === "PATCH");

/** A step context whose log can be awaited: resolves once a line matching `pattern` is logged. */
export function awaitableContext(signal?: AbortSignal) {
  const recorded = context({ signal });
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const log = recorded.context.log;
  recorded.context.log = (line, level) => {
    log(line, level);
    for (const waiter of waiters.filter(({ pattern }) => pattern.test(line))) waiter.resolve();
  };
  const logged = (pattern: RegExp) => new Promise<void>((resolve) => waiters.push({ pattern, resolve }));
  return { ...recorded, logged };
}

export function storedObjects() {
  const objects = [
    ["apps/v1", "deployments", "checkout"],
    ["v1", "services", "checkout"],
    ["argoproj.io/v1alpha1", "rollouts", "checkout"],
    ["networking.istio.io/v1beta1", "virtualservices", "checkout"],
    ...REVISIONS.map(({ hash }) => ["apps/v1", "replicasets", `checkout-${hash}`]),
  ];
  return objects.map(([apiVersion, plural, name]) => api().get(apiVersion!, plural!, NS, name!));
}

