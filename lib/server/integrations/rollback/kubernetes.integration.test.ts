/**
 * No Kubernetes cluster exists on this machine: these tests run the real
 * `@kubernetes/client-node` client against lib/testing/fake-kubernetes-api.ts,
 * a faithful stand-in for the API server that implements exactly the
 * endpoints the kubernetes actions call (Deployments, ReplicaSets, Services,
 * Argo Rollouts' status, Istio VirtualServices), with the API reference's
 * request and response shapes, server-side dry run and Status errors.
 * Endpoints: GET/PATCH apps/v1 deployments, GET (list) apps/v1 replicasets,
 * GET/PATCH v1 services, GET argoproj.io/v1alpha1 rollouts and PATCH their
 * status, GET/PATCH networking.istio.io/v1beta1 virtualservices.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kubernetesParamsSchema } from "@/lib/domain/rollback/actions/kubernetes";
import { fakeKubeconfig, startFakeKubernetesApi, type FakeKubernetesApi } from "@/lib/testing/fake-kubernetes-api";
import { recordedActionContext } from "@/lib/testing/http-action-context";
import { ActionFailure } from "./action-executor";
import { kubernetesExecutor } from "./kubernetes";

let api: FakeKubernetesApi;
const NS = "shop";
const DEPLOYMENT_UID = "0b0c7c6e-1b1f-4d6a-9a52-7f1f3e0b0001";

const template = (image: string, hash: string) => ({ metadata: { labels: { app: "checkout", "pod-template-hash": hash } }, spec: { containers: [{ name: "checkout", image }] } });

function seed() {
  api.put({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "checkout", namespace: NS, uid: DEPLOYMENT_UID, generation: 3, annotations: { "deployment.kubernetes.io/revision": "3" } }, spec: { replicas: 3, selector: { matchLabels: { app: "checkout" } }, template: { metadata: { labels: { app: "checkout" } }, spec: { containers: [{ name: "checkout", image: "shop/checkout:1.5.0" }] } } }, status: { observedGeneration: 3, replicas: 3, updatedReplicas: 3, availableReplicas: 3 } });
  for (const [revision, image, hash] of [["1", "shop/checkout:1.4.1", "aaa"], ["2", "shop/checkout:1.4.2", "bbb"], ["3", "shop/checkout:1.5.0", "ccc"]] as const) {
    api.put({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: `checkout-${hash}`, namespace: NS, labels: { app: "checkout", "pod-template-hash": hash }, annotations: { "deployment.kubernetes.io/revision": revision, "kubernetes.io/change-cause": `deploy ${image}` }, ownerReferences: [{ uid: DEPLOYMENT_UID, kind: "Deployment", name: "checkout" }] }, spec: { template: template(image, hash) } });
  }
  // Another Deployment's ReplicaSet with the same labels: kubectl ignores it by owner.
  api.put({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "impostor", namespace: NS, labels: { app: "checkout" }, annotations: { "deployment.kubernetes.io/revision": "2" }, ownerReferences: [{ uid: "someone-else", kind: "Deployment", name: "other" }] }, spec: { template: template("evil:1", "zzz") } });
  api.put({ apiVersion: "v1", kind: "Service", metadata: { name: "checkout", namespace: NS }, spec: { selector: { app: "checkout", slot: "green" } } });
  api.put({ apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", metadata: { name: "checkout", namespace: NS }, spec: {}, status: { phase: "Progressing" } });
  api.put({ apiVersion: "networking.istio.io/v1beta1", kind: "VirtualService", metadata: { name: "checkout", namespace: NS }, spec: { http: [{ route: [{ destination: { host: "checkout", subset: "stable" }, weight: 80 }, { destination: { host: "checkout", subset: "canary" }, weight: 20 }] }] } });
}

function context() {
  return recordedActionContext({ secrets: { kubeconfig: fakeKubeconfig(api) } });
}
const params = (operation: Record<string, unknown>) => kubernetesParamsSchema.parse({ kubeconfig: { secret: "kubeconfig" }, namespace: NS, ...operation });
const deployment = () => api.get("apps/v1", "deployments", NS, "checkout") as unknown as { metadata: { annotations: Record<string, string> }; spec: { replicas: number; template: { metadata: { labels: Record<string, string> }; spec: { containers: { image: string }[] } } } };

beforeAll(async () => {
  api = await startFakeKubernetesApi();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.requests.length = 0;
  api.holdRollouts(false);
  seed();
});

/** A step context whose log can be awaited: resolves once a line matching `pattern` is logged. */
function awaitableContext(signal?: AbortSignal) {
  const recorded = recordedActionContext({ secrets: { kubeconfig: fakeKubeconfig(api) }, signal });
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const log = recorded.context.log;
  recorded.context.log = (line, level) => {
    log(line, level);
    for (const waiter of waiters.filter(({ pattern }) => pattern.test(line))) waiter.resolve();
  };
  const logged = (pattern: RegExp) => new Promise<void>((resolve) => waiters.push({ pattern, resolve }));
  return { ...recorded, logged };
}

const storedObjects = () =>
  [["apps/v1", "deployments"], ["v1", "services"], ["argoproj.io/v1alpha1", "rollouts"], ["networking.istio.io/v1beta1", "virtualservices"]].map(([apiVersion, plural]) => api.get(apiVersion!, plural!, NS, "checkout"));

const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected an ActionFailure"), (error: unknown) => error);

describe("the kubernetes action against a faithful Kubernetes API stand-in", () => {
  it("rollout undo patches the Deployment's template from the previous revision's ReplicaSet, without its pod-template-hash, and waits for the rollout", async () => {
    const recorded = context();
    const result = await kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout" }), recorded.context);
    expect(JSON.stringify(result)).not.toContain(api.token);
    expect(result.summary).toBe("Deployment checkout: revision 3 (shop/checkout:1.5.0) → revision 2 (shop/checkout:1.4.2)");
    expect(deployment().spec.template.spec.containers[0]!.image).toBe("shop/checkout:1.4.2");
    expect(deployment().spec.template.metadata.labels).toEqual({ app: "checkout" });
    expect(deployment().metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "3", "kubernetes.io/change-cause": "deploy shop/checkout:1.4.2" });
    const patch = api.requests.find((request) => request.method === "PATCH")!;
    expect(patch).toMatchObject({ path: `/apis/apps/v1/namespaces/${NS}/deployments/checkout`, contentType: "application/strategic-merge-patch+json" });
    expect(api.requests.find((request) => request.path.endsWith("/replicasets"))!.query.labelSelector).toBe("app=checkout");
    expect(recorded.logText()).toContain("rollout: 3 of 3 replicas updated, 3 available");
    expect(recorded.logText()).not.toContain(api.token);
    expect(kubernetesExecutor.resumable(params({ operation: "rollout_undo", deployment: "checkout" }))).toBe(false);
  });

  it("rolls back to a given revision, and refuses one that does not exist", async () => {
    await kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout", toRevision: 1 }), context().context);
    expect(deployment().spec.template.spec.containers[0]!.image).toBe("shop/checkout:1.4.1");
    seed();
    const unknown = await failureOf(kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout", toRevision: 9 }), context().context));
    expect(unknown).toBeInstanceOf(ActionFailure);
    expect((unknown as Error).message).toBe("cannot roll back Deployment checkout: revision 9 not found (known: 1, 2, 3)");
    const current = await failureOf(kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout", toRevision: 3 }), context().context));
    expect((current as Error).message).toBe("cannot roll back Deployment checkout: revision 3 is the current one");
    expect(deployment().spec.template.spec.containers[0]!.image).toBe("shop/checkout:1.5.0");
    expect(kubernetesExecutor.resumable(params({ operation: "rollout_undo", deployment: "checkout", toRevision: 1 }))).toBe(true);
  });

  it("scales, switches a Service's selector, aborts an Argo Rollout and sends an Istio canary to zero, each with a merge patch", async () => {
    await kubernetesExecutor.execute(params({ operation: "scale", deployment: "checkout", replicas: 0 }), context().context);
    expect(deployment().spec.replicas).toBe(0);
    await kubernetesExecutor.execute(params({ operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", slot: "blue" } }), context().context);
    expect(api.get("v1", "services", NS, "checkout")!.spec).toEqual({ selector: { app: "checkout", slot: "blue" } });
    await kubernetesExecutor.execute(params({ operation: "argo_rollout_abort", rollout: "checkout" }), context().context);
    expect(api.get("argoproj.io/v1alpha1", "rollouts", NS, "checkout")!.status).toMatchObject({ abort: true });
    expect(api.requests.some((request) => request.path === `/apis/argoproj.io/v1alpha1/namespaces/${NS}/rollouts/checkout/status`)).toBe(true);
    const istio = await kubernetesExecutor.execute(params({ operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "canary" }), context().context);
    expect(istio.summary).toContain("stable=80, canary=20 → stable=100, canary=0");
    expect(api.requests.filter((request) => request.method === "PATCH").every((request) => request.contentType === "application/merge-patch+json")).toBe(true);
  });

  it("waits until every replica runs the rolled-back template, logging progress", async () => {
    api.holdRollouts(true);
    const recorded = awaitableContext();
    let finished = false;
    const execution = kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout" }), recorded.context).finally(() => (finished = true));
    await recorded.logged(/^rollout: 0 of 3 replicas updated/);
    expect(finished).toBe(false);
    api.completeRollout(NS, "checkout");
    await execution;
    expect(recorded.logs.map(({ line }) => line).filter((line) => line.startsWith("rollout:"))).toEqual(["rollout: 0 of 3 replicas updated, 3 available", "rollout: 3 of 3 replicas updated, 3 available"]);
  });

  it("stops waiting for the rollout as soon as the step is cancelled", async () => {
    api.holdRollouts(true);
    const controller = new AbortController();
    const recorded = awaitableContext(controller.signal);
    const execution = failureOf(kubernetesExecutor.execute(params({ operation: "scale", deployment: "checkout", replicas: 5 }), recorded.context));
    await recorded.logged(/^rollout: 0 of 5 replicas updated/);
    const cancelled = new ActionFailure("cancelled by a commander");
    controller.abort(cancelled);
    expect(await execution).toBe(cancelled);
    expect(recorded.logs.at(-1)).toEqual({ line: "stopped waiting for the rollout of Deployment checkout: 0 of 5 replicas updated, 3 available", level: "warn" });
  });

  it("previews every operation with a server-side dry run that changes nothing", async () => {
    const before = structuredClone(storedObjects());
    const operations = [
      { operation: "rollout_undo", deployment: "checkout" },
      { operation: "scale", deployment: "checkout", replicas: 0 },
      { operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", slot: "blue" } },
      { operation: "argo_rollout_abort", rollout: "checkout" },
      { operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "canary" },
    ];
    const previews = await Promise.all(operations.map((operation) => kubernetesExecutor.preview(params(operation), { ...context().context, signal: AbortSignal.timeout(5_000) })));
    expect(previews.map((preview) => preview.dryRun.supported && preview.dryRun.ok)).toEqual([true, true, true, true, true]);
    expect(previews[1]!.dryRun).toEqual({ supported: true, ok: true, lines: ["Deployment checkout: 3 → 0 replicas", "server-side dry run: would scale to 0"] });
    expect(storedObjects()).toEqual(before);
    const patches = api.requests.filter((request) => request.method === "PATCH");
    expect(patches).toHaveLength(5);
    expect(patches.every((request) => request.query.dryRun === "All")).toBe(true);
    expect(JSON.stringify(previews)).not.toContain(api.token);
  });

  it("previews with a server-side dry run that changes nothing", async () => {
    const preview = await kubernetesExecutor.preview(params({ operation: "rollout_undo", deployment: "checkout" }), { ...context().context, signal: AbortSignal.timeout(5_000) });
    expect(preview.dryRun).toMatchObject({ supported: true, ok: true });
    expect(preview.dryRun.supported && preview.dryRun.lines.join("\n")).toContain("server-side dry run: would patch the pod template: images shop/checkout:1.4.2");
    expect(deployment().spec.template.spec.containers[0]!.image).toBe("shop/checkout:1.5.0");
    expect(api.requests.find((request) => request.method === "PATCH")!.query.dryRun).toBe("All");
    const missing = await kubernetesExecutor.preview(params({ operation: "scale", deployment: "nope", replicas: 1 }), { ...context().context, signal: AbortSignal.timeout(5_000) });
    expect(missing.dryRun).toMatchObject({ supported: true, ok: false, lines: [expect.stringMatching(/404 NotFound: deployments.apps "nope" not found/)] });
  });

  it("captures the current revision, image and replicas", async () => {
    const captured = await kubernetesExecutor.capture!(params({ operation: "rollout_undo", deployment: "checkout" }), { ...context().context, signal: AbortSignal.timeout(5_000) });
    expect(captured?.data).toEqual({ revision: 3, image: "shop/checkout:1.5.0", replicas: 3 });
    expect(JSON.stringify(captured)).not.toContain(api.token);
  });

  it("fails clearly when the API server cannot be reached or refuses the token", async () => {
    const unreachable = recordedActionContext({ secrets: { kubeconfig: fakeKubeconfig({ url: "http://127.0.0.1:1", token: api.token }) } });
    const error = await kubernetesExecutor.execute(params({ operation: "scale", deployment: "checkout", replicas: 1 }), unreachable.context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ActionFailure);
    expect((error as Error).message).toMatch(/could not reach the Kubernetes API at http:\/\/127\.0\.0\.1:1/);
    const wrongToken = recordedActionContext({ secrets: { kubeconfig: fakeKubeconfig({ url: api.url, token: "stolen" }) } });
    const refused = await kubernetesExecutor.execute(params({ operation: "scale", deployment: "checkout", replicas: 1 }), wrongToken.context).then(() => null, (caught: unknown) => caught as Error);
    expect(refused?.message).toBe("reading Deployment checkout: the Kubernetes API answered 401 Unauthorized");
  });
});
