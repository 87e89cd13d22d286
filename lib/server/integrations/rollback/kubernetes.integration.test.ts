/**
 * No Kubernetes cluster exists on this machine: these tests run the real
 * `@kubernetes/client-node` client against lib/testing/fake-kubernetes-api.ts,
 * a faithful stand-in for the API server (plus the Deployment controller's
 * revisions and rollout status) that implements exactly the endpoints the
 * kubernetes actions call, with the API reference's request and response
 * shapes, server-side dry run (`dryRun=All`) and Status errors:
 * GET/PATCH apps/v1 deployments and PATCH their scale subresource, GET (list)
 * apps/v1 replicasets by label selector, GET/PATCH v1 services,
 * GET/PATCH argoproj.io/v1alpha1 rollouts and PATCH their status,
 * GET/PATCH networking.istio.io/v1beta1 virtualservices.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kubernetesParamsSchema } from "@/lib/domain/rollback/actions/kubernetes";
import { fakeKubeconfig, startFakeKubernetesApi, type FakeKubernetesApi, type KubeObject } from "@/lib/testing/fake-kubernetes-api";
import { recordedActionContext } from "@/lib/testing/http-action-context";
import { ActionFailure } from "./action-executor";
import { kubernetesExecutor } from "./kubernetes";

let api: FakeKubernetesApi;
const NS = "shop";
const DEPLOYMENT_UID = "0b0c7c6e-1b1f-4d6a-9a52-7f1f3e0b0001";
const owner = { apiVersion: "apps/v1", kind: "Deployment", name: "checkout", uid: DEPLOYMENT_UID, controller: true };

const podTemplate = (image: string, extra: { env?: { name: string; value: string }[] } = {}) => ({ metadata: { labels: { app: "checkout" } }, spec: { containers: [{ name: "checkout", image, ...extra }] } });
const withHash = (template: ReturnType<typeof podTemplate>, hash: string) => ({ ...template, metadata: { labels: { ...template.metadata.labels, "pod-template-hash": hash } } });
const REVISIONS = [
  { revision: "1", hash: "aaa", template: podTemplate("shop/checkout:1.4.1") },
  { revision: "2", hash: "bbb", template: podTemplate("shop/checkout:1.4.2") },
  // The bad release also turned a feature on: an undo must drop that variable too, not merge it in.
  { revision: "3", hash: "ccc", template: podTemplate("shop/checkout:1.5.0", { env: [{ name: "NEW_CHECKOUT", value: "on" }] }) },
];

function seed(overrides: { paused?: boolean } = {}) {
  api.put({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "checkout", namespace: NS, uid: DEPLOYMENT_UID, generation: 3, annotations: { "deployment.kubernetes.io/revision": "3", "kubernetes.io/change-cause": "deploy 1.5.0", team: "payments" } },
    spec: { replicas: 3, selector: { matchLabels: { app: "checkout" } }, template: REVISIONS[2]!.template, ...overrides },
    status: { observedGeneration: 3, replicas: 3, updatedReplicas: 3, availableReplicas: 3 },
  });
  for (const { revision, hash, template } of REVISIONS) {
    api.put({
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: `checkout-${hash}`, namespace: NS, uid: `rs-${hash}`, labels: { app: "checkout", "pod-template-hash": hash }, annotations: { "deployment.kubernetes.io/revision": revision, "kubernetes.io/change-cause": `deploy ${template.spec.containers[0]!.image}` }, ownerReferences: [owner] },
      spec: { replicas: 0, selector: { matchLabels: { app: "checkout", "pod-template-hash": hash } }, template: withHash(template, hash) },
    });
  }
  // Another Deployment's ReplicaSet with the same labels: kubectl ignores it by its controller's uid.
  api.put({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "impostor", namespace: NS, labels: { app: "checkout" }, annotations: { "deployment.kubernetes.io/revision": "9" }, ownerReferences: [{ ...owner, name: "other", uid: "someone-else" }] }, spec: { template: podTemplate("evil:1") } });
  api.put({ apiVersion: "v1", kind: "Service", metadata: { name: "checkout", namespace: NS }, spec: { selector: { app: "checkout", slot: "green", track: "stable" } } });
  api.put({ apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", metadata: { name: "checkout", namespace: NS, generation: 5 }, spec: { replicas: 3 }, status: { phase: "Progressing", stableRS: "6c8d7f", currentPodHash: "9f7b2c" } });
  const route = (subset: string, weight: number) => ({ destination: { host: "checkout", subset }, weight });
  api.put({ apiVersion: "networking.istio.io/v1beta1", kind: "VirtualService", metadata: { name: "checkout", namespace: NS }, spec: { hosts: ["checkout"], http: [{ name: "primary", route: [route("stable", 80), route("canary", 20)] }] } });
}

const params = (operation: Record<string, unknown>) => kubernetesParamsSchema.parse({ kubeconfig: { secret: "kubeconfig" }, namespace: NS, ...operation });
const context = (options: { signal?: AbortSignal; kubeconfig?: string } = {}) => recordedActionContext({ secrets: { kubeconfig: options.kubeconfig ?? fakeKubeconfig(api) }, signal: options.signal });
const env = () => ({ ...context().context, signal: AbortSignal.timeout(10_000) });
const run = (operation: Record<string, unknown>, recorded = context()) => kubernetesExecutor.execute(params(operation), recorded.context);
const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected an ActionFailure"), (error: unknown) => error as ActionFailure);
type StoredDeployment = KubeObject & { spec: { replicas: number; template: unknown } };
const deployment = () => api.get("apps/v1", "deployments", NS, "checkout") as StoredDeployment;
const replicaSet = (hash: string) => api.get("apps/v1", "replicasets", NS, `checkout-${hash}`)!;
const patches = () => api.requests.filter((request) => request.method === "PATCH");

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

describe("kubectl rollout undo against a faithful Kubernetes API stand-in", () => {
  it("replaces the pod template with the previous revision's, without its hash label, as kubectl's JSON patch, then waits for the rollout", async () => {
    const recorded = context();
    const result = await run({ operation: "rollout_undo", deployment: "checkout" }, recorded);

    expect(result.summary).toBe("Deployment checkout rolled back from revision 3 to revision 2 (shop/checkout:1.4.2)");
    expect(deployment().spec.template).toEqual(REVISIONS[1]!.template);
    // kubectl keeps the Deployment's revision bookkeeping and takes every other annotation from the ReplicaSet.
    expect(deployment().metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "4", "kubernetes.io/change-cause": "deploy shop/checkout:1.4.2" });
    expect(replicaSet("bbb").metadata.annotations).toMatchObject({ "deployment.kubernetes.io/revision": "4", "deployment.kubernetes.io/revision-history": "2" });
    expect(api.requests.map(({ method, path, query, contentType }) => ({ method, path, query, contentType }))).toEqual([
      { method: "GET", path: `/apis/apps/v1/namespaces/${NS}/deployments/checkout`, query: {}, contentType: null },
      { method: "GET", path: `/apis/apps/v1/namespaces/${NS}/replicasets`, query: { labelSelector: "app=checkout" }, contentType: null },
      { method: "PATCH", path: `/apis/apps/v1/namespaces/${NS}/deployments/checkout`, query: {}, contentType: "application/json-patch+json" },
      { method: "GET", path: `/apis/apps/v1/namespaces/${NS}/deployments/checkout`, query: {}, contentType: null },
    ]);
    expect(patches()[0]!.body).toEqual([
      { op: "replace", path: "/spec/template", value: REVISIONS[1]!.template },
      { op: "replace", path: "/metadata/annotations", value: { "deployment.kubernetes.io/revision": "3", "kubernetes.io/change-cause": "deploy shop/checkout:1.4.2" } },
    ]);
    expect(recorded.logs.map(({ line }) => line)).toEqual([
      `Kubernetes API ${api.url}, namespace ${NS}`,
      "Deployment checkout: revision 3 → revision 2",
      "container checkout: image shop/checkout:1.5.0 → shop/checkout:1.4.2",
      "patched the pod template; the Deployment now runs shop/checkout:1.4.2",
      "rollout: successfully rolled out (3 of 3 replicas updated and available)",
    ]);
    expect(result.details).toEqual({ namespace: NS, before: { revision: 3, images: { checkout: "shop/checkout:1.5.0" }, replicas: 3, targetRevision: 2 } });
    expect(JSON.stringify([result, recorded.logs])).not.toContain(api.token);
  });

  it("is not resumable without a revision: a second undo flips back to the bad release, as kubectl's would", async () => {
    expect(kubernetesExecutor.resumable(params({ operation: "rollout_undo", deployment: "checkout" }))).toBe(false);
    await run({ operation: "rollout_undo", deployment: "checkout" });
    const again = await run({ operation: "rollout_undo", deployment: "checkout" });
    expect(again.summary).toBe("Deployment checkout rolled back from revision 4 to revision 3 (shop/checkout:1.5.0)");
    expect(deployment().spec.template).toEqual(REVISIONS[2]!.template);
  });

  it("rolls back to a given revision, and running the same step again changes nothing", async () => {
    expect(kubernetesExecutor.resumable(params({ operation: "rollout_undo", deployment: "checkout", toRevision: 1 }))).toBe(true);
    await run({ operation: "rollout_undo", deployment: "checkout", toRevision: 1 });
    expect(deployment().spec.template).toEqual(REVISIONS[0]!.template);
    api.requests.length = 0;
    const again = await run({ operation: "rollout_undo", deployment: "checkout", toRevision: 1 });
    expect(again.summary).toBe("Deployment checkout already runs revision 1's pod template (renumbered revision 4 by the rollback): nothing to roll back");
    expect(patches()).toEqual([]);
    expect(deployment().spec.template).toEqual(REVISIONS[0]!.template);
  });

  it("refuses a revision that does not exist, the current one, and a paused Deployment, changing nothing", async () => {
    const unknown = await failureOf(run({ operation: "rollout_undo", deployment: "checkout", toRevision: 9 }));
    expect(unknown).toBeInstanceOf(ActionFailure);
    expect(unknown.message).toBe("cannot roll back Deployment checkout: revision 9 not found (known: 1, 2, 3)");
    expect((await failureOf(run({ operation: "rollout_undo", deployment: "checkout", toRevision: 3 }))).message).toBe("cannot roll back Deployment checkout: revision 3 is the current one");
    seed({ paused: true });
    expect((await failureOf(run({ operation: "rollout_undo", deployment: "checkout" }))).message).toBe(
      "cannot roll back Deployment checkout: it is paused; resume it first (kubectl rollout resume deployment/checkout)",
    );
    expect(patches()).toEqual([]);
    expect(deployment().spec.template).toEqual(REVISIONS[2]!.template);
  });

  it("waits until every replica runs the rolled-back template, logging kubectl's progress", async () => {
    api.holdRollouts(true);
    const recorded = awaitableContext();
    let finished = false;
    const execution = kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout" }), recorded.context).finally(() => (finished = true));
    await recorded.logged(/^rollout: 0 of 3 new replicas updated$/);
    expect(finished).toBe(false);
    api.completeRollout(NS, "checkout");
    await execution;
    expect(recorded.logs.map(({ line }) => line).filter((line) => line.startsWith("rollout:"))).toEqual(["rollout: 0 of 3 new replicas updated", "rollout: successfully rolled out (3 of 3 replicas updated and available)"]);
  });

  it("fails without inviting a blind retry when the rollout exceeds its progress deadline", async () => {
    api.holdRollouts(true);
    const recorded = awaitableContext();
    const execution = failureOf(kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout" }), recorded.context));
    await recorded.logged(/^rollout: 0 of 3 new replicas updated$/);
    const stalled = deployment();
    stalled.status = { ...stalled.status, conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: 'ReplicaSet "checkout-bbb" has timed out progressing.' }] };
    api.put(stalled);
    const failure = await execution;
    expect(failure.message).toBe(
      "Deployment checkout rolled back from revision 3 to revision 2 (shop/checkout:1.4.2), but its rollout did not finish: Deployment checkout exceeded its progress deadline (kubectl rollout status would fail too): look at its pods' events. Running this step again would roll back once more: check the Deployment first.",
    );
    expect(failure.options.retryable).toBe(false);
  });

  it("stops waiting for the rollout as soon as the step is cancelled", async () => {
    api.holdRollouts(true);
    const controller = new AbortController();
    const recorded = awaitableContext(controller.signal);
    const execution = failureOf(kubernetesExecutor.execute(params({ operation: "scale", deployment: "checkout", replicas: 5 }), recorded.context));
    await recorded.logged(/^rollout: 0 of 5 new replicas updated$/);
    const cancelled = new ActionFailure("cancelled by a commander");
    controller.abort(cancelled);
    expect(await execution).toBe(cancelled);
    expect(recorded.logs.at(-1)).toEqual({ line: "stopped waiting for the rollout of Deployment checkout: 0 of 5 new replicas updated", level: "warn" });
  });
});

describe("the other kubernetes operations against the stand-in", () => {
  it("scales through the scale subresource with a merge patch", async () => {
    const result = await run({ operation: "scale", deployment: "checkout", replicas: 0, waitForRollout: false });
    expect(result.summary).toBe("Deployment checkout: 3 → 0 replicas");
    expect(deployment().spec.replicas).toBe(0);
    expect(patches().map(({ path, contentType, body }) => ({ path, contentType, body }))).toEqual([
      { path: `/apis/apps/v1/namespaces/${NS}/deployments/checkout/scale`, contentType: "application/merge-patch+json", body: { spec: { replicas: 0 } } },
    ]);
  });

  it("switches a Service to exactly the given selector, guarded by the resourceVersion it read", async () => {
    const before = api.get("v1", "services", NS, "checkout")!;
    const result = await run({ operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", slot: "blue" } });
    expect(result.summary).toBe("Service checkout: selector app=checkout, slot=green, track=stable → app=checkout, slot=blue");
    expect(api.get("v1", "services", NS, "checkout")!.spec).toEqual({ selector: { app: "checkout", slot: "blue" } });
    expect(patches()[0]).toMatchObject({
      path: `/api/v1/namespaces/${NS}/services/checkout`,
      contentType: "application/merge-patch+json",
      body: { metadata: { resourceVersion: before.metadata.resourceVersion }, spec: { selector: { app: "checkout", slot: "blue", track: null } } },
    });
  });

  it("aborts an Argo Rollout through its status subresource, as kubectl argo rollouts abort does", async () => {
    await run({ operation: "argo_rollout_abort", rollout: "checkout" });
    expect(api.get("argoproj.io/v1alpha1", "rollouts", NS, "checkout")).toMatchObject({ metadata: { generation: 5 }, status: { abort: true, phase: "Progressing" } });
    expect(patches().map(({ path, contentType, body }) => ({ path, contentType, body }))).toEqual([
      { path: `/apis/argoproj.io/v1alpha1/namespaces/${NS}/rollouts/checkout/status`, contentType: "application/merge-patch+json", body: { status: { abort: true } } },
    ]);
  });

  it("patches the Rollout itself when its CRD has no status subresource", async () => {
    const plain = await startFakeKubernetesApi({ rolloutStatusSubresource: false });
    try {
      plain.put({ apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", metadata: { name: "checkout", namespace: NS }, spec: {}, status: { phase: "Paused" } });
      await kubernetesExecutor.execute(params({ operation: "argo_rollout_abort", rollout: "checkout" }), context({ kubeconfig: fakeKubeconfig(plain) }).context);
      expect(plain.get("argoproj.io/v1alpha1", "rollouts", NS, "checkout")!.status).toEqual({ phase: "Paused", abort: true });
      expect(plain.requests.filter((request) => request.method === "PATCH").map(({ path }) => path)).toEqual([
        `/apis/argoproj.io/v1alpha1/namespaces/${NS}/rollouts/checkout/status`,
        `/apis/argoproj.io/v1alpha1/namespaces/${NS}/rollouts/checkout`,
      ]);
    } finally {
      await plain.stop();
    }
  });

  it("sends an Istio canary to zero and stable to 100 with a merge patch of the HTTP routes", async () => {
    const result = await run({ operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "canary" });
    expect(result.summary).toBe("VirtualService checkout: stable=80, canary=20 → stable=100, canary=0");
    const stored = api.get("networking.istio.io/v1beta1", "virtualservices", NS, "checkout")!;
    expect(stored.spec).toEqual({ hosts: ["checkout"], http: [{ name: "primary", route: [{ destination: { host: "checkout", subset: "stable" }, weight: 100 }, { destination: { host: "checkout", subset: "canary" }, weight: 0 }] }] });
    expect(patches()[0]).toMatchObject({ path: `/apis/networking.istio.io/v1beta1/namespaces/${NS}/virtualservices/checkout`, contentType: "application/merge-patch+json" });
    const missing = await failureOf(run({ operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "v3" }));
    expect(missing.message).toBe("cannot send the canary of VirtualService checkout to zero: no HTTP route sends traffic to subset v3");
  });

  it("takes the namespace from the kubeconfig's context when the step names none", async () => {
    const recorded = context({ kubeconfig: fakeKubeconfig(api, { namespace: NS }) });
    await kubernetesExecutor.execute(kubernetesParamsSchema.parse({ kubeconfig: { secret: "kubeconfig" }, operation: "scale", deployment: "checkout", replicas: 2 }), recorded.context);
    expect(deployment().spec.replicas).toBe(2);
  });
});

describe("previews, captures and failures", () => {
  it("previews every operation with a server-side dry run that changes nothing", async () => {
    const before = storedObjects();
    const operations = [
      { operation: "rollout_undo", deployment: "checkout" },
      { operation: "scale", deployment: "checkout", replicas: 0 },
      { operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", slot: "blue" } },
      { operation: "argo_rollout_abort", rollout: "checkout" },
      { operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "canary" },
    ];
    const previews = await Promise.all(operations.map((operation) => kubernetesExecutor.preview(params(operation), env())));
    expect(previews.map((preview) => preview.dryRun)).toEqual([
      { supported: true, ok: true, lines: ["Deployment checkout: revision 3 → revision 2", "container checkout: image shop/checkout:1.5.0 → shop/checkout:1.4.2", "server-side dry run: the API server accepted the patch; the Deployment would run shop/checkout:1.4.2"] },
      { supported: true, ok: true, lines: ["Deployment checkout: 3 → 0 replicas", "server-side dry run: the API server accepted it: it would scale to 0"] },
      { supported: true, ok: true, lines: ["Service checkout: selector app=checkout, slot=green, track=stable → app=checkout, slot=blue", "server-side dry run: the API server accepted it: the Service would select app=checkout, slot=blue"] },
      { supported: true, ok: true, lines: ["Rollout checkout: phase Progressing; stable ReplicaSet 6c8d7f, current 9f7b2c", "server-side dry run: the API server accepted it: the rollout would be aborted"] },
      { supported: true, ok: true, lines: ["VirtualService checkout: stable=80, canary=20 → stable=100, canary=0", "server-side dry run: the API server accepted it: weights would be stable=100, canary=0"] },
    ]);
    expect(storedObjects()).toEqual(before);
    expect(patches()).toHaveLength(5);
    expect(patches().every((request) => request.query.dryRun === "All")).toBe(true);
  });

  it("reports what the API server refuses in a preview", async () => {
    const missing = await kubernetesExecutor.preview(params({ operation: "scale", deployment: "nope", replicas: 1 }), env());
    expect(missing.dryRun).toEqual({ supported: true, ok: false, lines: ['reading Deployment nope: the Kubernetes API answered 404 NotFound: deployments.apps "nope" not found'] });
    const unknown = await kubernetesExecutor.preview(params({ operation: "rollout_undo", deployment: "checkout", toRevision: 7 }), env());
    expect(unknown.dryRun).toEqual({ supported: true, ok: false, lines: ["cannot roll back Deployment checkout: revision 7 not found (known: 1, 2, 3)"] });
  });

  it("captures the current revision, images and replicas, the selector, the Rollout's state and the weights", async () => {
    const capture = (operation: Record<string, unknown>) => kubernetesExecutor.capture!(params(operation), env()).then((captured) => captured?.data);
    expect(await capture({ operation: "rollout_undo", deployment: "checkout" })).toEqual({ namespace: NS, revision: 3, images: { checkout: "shop/checkout:1.5.0" }, replicas: 3 });
    expect(await capture({ operation: "switch_service_selector", service: "checkout", selector: { slot: "blue" } })).toEqual({ namespace: NS, selector: { app: "checkout", slot: "green", track: "stable" } });
    expect(await capture({ operation: "argo_rollout_abort", rollout: "checkout" })).toEqual({ namespace: NS, phase: "Progressing", abort: false, stableRS: "6c8d7f", currentPodHash: "9f7b2c" });
    expect(await capture({ operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "canary" })).toEqual({
      namespace: NS,
      http: [{ name: "primary", route: [{ host: "checkout", subset: "stable", weight: 80 }, { host: "checkout", subset: "canary", weight: 20 }] }],
    });
    expect(patches()).toEqual([]);
  });

  it("closes a pending API request when the step is cancelled", async () => {
    let arrived: () => void = () => undefined;
    let closed: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    // An API server that never answers.
    const silent = createServer((request) => {
      request.socket.once("close", closed);
      arrived();
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const controller = new AbortController();
      const kubeconfig = fakeKubeconfig({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, token: api.token });
      const execution = failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ signal: controller.signal, kubeconfig })));
      await requestArrived;
      const cancelled = new ActionFailure("cancelled by a commander");
      controller.abort(cancelled);
      expect(await execution).toBe(cancelled);
      await connectionClosed;
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("fails clearly when the API server cannot be reached or refuses the token", async () => {
    const unreachable = await failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ kubeconfig: fakeKubeconfig({ url: "http://127.0.0.1:1", token: api.token }) })));
    expect(unreachable).toBeInstanceOf(ActionFailure);
    expect(unreachable.message).toMatch(/^reading Deployment checkout: could not reach the Kubernetes API at http:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
    const refused = await failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ kubeconfig: fakeKubeconfig({ url: api.url, token: "stolen" }) })));
    expect(refused.message).toBe("reading Deployment checkout: the Kubernetes API answered 401 Unauthorized");
    const badConfig = await failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ kubeconfig: "clusters: [" })));
    expect(badConfig.message).toMatch(/^the kubeconfig in secret "kubeconfig" could not be read: /);
  });
});

/** A step context whose log can be awaited: resolves once a line matching `pattern` is logged. */
function awaitableContext(signal?: AbortSignal) {
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

function storedObjects() {
  const objects = [
    ["apps/v1", "deployments", "checkout"],
    ["v1", "services", "checkout"],
    ["argoproj.io/v1alpha1", "rollouts", "checkout"],
    ["networking.istio.io/v1beta1", "virtualservices", "checkout"],
    ...REVISIONS.map(({ hash }) => ["apps/v1", "replicasets", `checkout-${hash}`]),
  ];
  return objects.map(([apiVersion, plural, name]) => api.get(apiVersion!, plural!, NS, name!));
}
