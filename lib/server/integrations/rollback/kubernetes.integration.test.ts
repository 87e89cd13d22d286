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
import { describe, expect, it } from "vitest";
import { kubernetesParamsSchema } from "@/lib/domain/rollback/actions/kubernetes";
import { fakeKubeconfig, startFakeKubernetesApi } from "@/lib/testing/fake-kubernetes-api";
import { ActionFailure } from "./action-executor";
import { kubernetesExecutor } from "./kubernetes";
import { api, context, deployment, env, failureOf, NS, params, patches, run, storedObjects, serveFakeCheckoutCluster } from "@/lib/testing/kubernetes-checkout-fixture";

serveFakeCheckoutCluster();

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
    const before = api().get("v1", "services", NS, "checkout")!;
    const result = await run({ operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", slot: "blue" } });
    expect(result.summary).toBe("Service checkout: selector app=checkout, slot=green, track=stable → app=checkout, slot=blue");
    expect(api().get("v1", "services", NS, "checkout")!.spec).toEqual({ selector: { app: "checkout", slot: "blue" } });
    expect(patches()[0]).toMatchObject({
      path: `/api/v1/namespaces/${NS}/services/checkout`,
      contentType: "application/merge-patch+json",
      body: { metadata: { resourceVersion: before.metadata.resourceVersion }, spec: { selector: { app: "checkout", slot: "blue", track: null } } },
    });
  });

  it("aborts an Argo Rollout through its status subresource, as kubectl argo rollouts abort does", async () => {
    await run({ operation: "argo_rollout_abort", rollout: "checkout" });
    expect(api().get("argoproj.io/v1alpha1", "rollouts", NS, "checkout")).toMatchObject({ metadata: { generation: 5 }, status: { abort: true, phase: "Progressing" } });
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
    const stored = api().get("networking.istio.io/v1beta1", "virtualservices", NS, "checkout")!;
    expect(stored.spec).toEqual({ hosts: ["checkout"], http: [{ name: "primary", route: [{ destination: { host: "checkout", subset: "stable" }, weight: 100 }, { destination: { host: "checkout", subset: "canary" }, weight: 0 }] }] });
    expect(patches()[0]).toMatchObject({ path: `/apis/networking.istio.io/v1beta1/namespaces/${NS}/virtualservices/checkout`, contentType: "application/merge-patch+json" });
    const missing = await failureOf(run({ operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "stable", canarySubset: "v3" }));
    expect(missing.message).toBe("cannot send the canary of VirtualService checkout to zero: no HTTP route sends traffic to subset v3");
  });

  it("takes the namespace from the kubeconfig's context when the step names none", async () => {
    const recorded = context({ kubeconfig: fakeKubeconfig(api(), { namespace: NS }) });
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
      const kubeconfig = fakeKubeconfig({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, token: api().token });
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
    const unreachable = await failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ kubeconfig: fakeKubeconfig({ url: "http://127.0.0.1:1", token: api().token }) })));
    expect(unreachable).toBeInstanceOf(ActionFailure);
    expect(unreachable.message).toMatch(/^reading Deployment checkout: could not reach the Kubernetes API at http:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
    const refused = await failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ kubeconfig: fakeKubeconfig({ url: api().url, token: "stolen" }) })));
    expect(refused.message).toBe("reading Deployment checkout: the Kubernetes API answered 401 Unauthorized");
    const badConfig = await failureOf(run({ operation: "scale", deployment: "checkout", replicas: 1 }, context({ kubeconfig: "clusters: [" })));
    expect(badConfig.message).toMatch(/^the kubeconfig in secret "kubeconfig" could not be read: /);
  });
});
