import { describe, expect, it } from "vitest";
import { canaryToZero, describeKubernetesParams, kubernetesParamsSchema, labelSelectorQuery, pickUndoRevision, sameTemplate, undoAnnotations } from "./kubernetes";

const base = { kubeconfig: { secret: "kubeconfig" }, namespace: "shop" };
const issuesOf = (input: unknown) => kubernetesParamsSchema.safeParse(input).error?.issues ?? [];

describe("kubernetes params", () => {
  it("accepts each operation, waits for rollouts unless told not to, and leaves the namespace to the kubeconfig", () => {
    expect(kubernetesParamsSchema.parse({ kubeconfig: { secret: "kubeconfig" }, operation: "scale", deployment: "checkout", replicas: 0 })).toEqual({
      kubeconfig: { secret: "kubeconfig" },
      operation: "scale",
      deployment: "checkout",
      replicas: 0,
      waitForRollout: true,
    });
    const valid = [
      { ...base, context: "prod", operation: "rollout_undo", deployment: "checkout", toRevision: 41, waitForRollout: false },
      { ...base, operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", "rewind.dev/slot": "blue" } },
      { ...base, operation: "argo_rollout_abort", rollout: "checkout" },
      { ...base, operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "v1", canarySubset: "v2" },
    ];
    expect(valid.map((params) => kubernetesParamsSchema.parse(params))).toEqual(valid);
  });

  it("names an unknown key, and the field of a bad name, label or revision", () => {
    expect(issuesOf({ ...base, operation: "scale", deployment: "checkout", replicas: 1, image: "x" })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["image"] })]);
    expect(issuesOf({ ...base, operation: "argo_rollout_abort", rollout: "checkout", toRevision: 2 })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["toRevision"] })]);
    expect(issuesOf({ ...base, operation: "scale", deployment: "Checkout_API", replicas: 1 })[0]?.path).toEqual(["deployment"]);
    expect(issuesOf({ ...base, operation: "switch_service_selector", service: "checkout", selector: { app: "a,b" } })[0]?.path).toEqual(["selector", "app"]);
    expect(issuesOf({ ...base, operation: "switch_service_selector", service: "checkout", selector: {} })[0]).toMatchObject({ path: ["selector"], message: "must name at least one label" });
    expect(issuesOf({ ...base, operation: "rollout_undo", deployment: "checkout", toRevision: 0 })[0]?.path).toEqual(["toRevision"]);
    expect(issuesOf({ ...base, operation: "restart", deployment: "checkout" })[0]).toMatchObject({ path: ["operation"] });
  });

  it("describes what the step does", () => {
    const describe = (params: Record<string, unknown>) => describeKubernetesParams(kubernetesParamsSchema.parse(params));
    expect(describe({ ...base, operation: "rollout_undo", deployment: "checkout" })).toBe("Roll back Deployment checkout in namespace shop to its previous revision (kubectl rollout undo)");
    expect(describe({ kubeconfig: base.kubeconfig, operation: "rollout_undo", deployment: "checkout", toRevision: 41 })).toBe("Roll back Deployment checkout to revision 41");
    expect(describe({ ...base, operation: "scale", deployment: "checkout", replicas: 1 })).toBe("Scale Deployment checkout in namespace shop to 1 replica");
    expect(describe({ ...base, operation: "switch_service_selector", service: "checkout", selector: { app: "checkout", slot: "blue" } })).toBe(
      "Point Service checkout in namespace shop at pods labelled app=checkout, slot=blue",
    );
    expect(describe({ ...base, operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "v1", canarySubset: "v2" })).toBe(
      "Send all traffic of VirtualService checkout in namespace shop to subset v1, none to v2",
    );
  });
});

describe("kubectl rollout undo", () => {
  const replicaSets = [1, 2, 3].map((revision) => ({ revision, history: [] }));

  it("takes the second-newest revision, or the one asked for", () => {
    expect(pickUndoRevision(3, replicaSets, undefined)).toEqual({ revision: 2 });
    expect(pickUndoRevision(3, replicaSets, 1)).toEqual({ revision: 1 });
    expect(pickUndoRevision(3, [{ revision: 1, history: [] }, { revision: 5, history: [] }, { revision: 4, history: [2] }], undefined)).toEqual({ revision: 4 });
  });

  it("refuses the current revision, an unknown one, and a Deployment without history", () => {
    expect(pickUndoRevision(3, replicaSets, 3)).toEqual({ error: "revision 3 is the current one" });
    expect(pickUndoRevision(3, replicaSets.slice(1), 7)).toEqual({ error: "revision 7 not found (known: 2, 3)" });
    expect(pickUndoRevision(1, replicaSets.slice(0, 1), undefined)).toEqual({ error: "it has no previous revision to roll back to" });
  });

  it("recognises a revision the controller renumbered when the same undo already ran", () => {
    expect(pickUndoRevision(4, [{ revision: 1, history: [] }, { revision: 3, history: [] }, { revision: 4, history: [2] }], 2)).toEqual({ alreadyAt: 2 });
    expect(pickUndoRevision(5, [{ revision: 4, history: [2] }, { revision: 5, history: [] }], 2)).toEqual({ error: "revision 2 not found (known: 4, 5)" });
  });

  it("keeps the Deployment's revision bookkeeping and takes every other annotation from the ReplicaSet", () => {
    const deployment = { "deployment.kubernetes.io/revision": "3", "kubectl.kubernetes.io/last-applied-configuration": "{}", "kubernetes.io/change-cause": "deploy 1.5.0", team: "shop" };
    const replicaSet = { "deployment.kubernetes.io/revision": "2", "deployment.kubernetes.io/desired-replicas": "3", "kubernetes.io/change-cause": "deploy 1.4.2" };
    expect(undoAnnotations(deployment, replicaSet)).toEqual({
      "deployment.kubernetes.io/revision": "3",
      "kubectl.kubernetes.io/last-applied-configuration": "{}",
      "kubernetes.io/change-cause": "deploy 1.4.2",
    });
  });

  it("compares pod templates without the hash label, key order or empty fields", () => {
    const a = { metadata: { labels: { app: "checkout", "pod-template-hash": "abc" } }, spec: { containers: [{ name: "checkout", image: "shop:1", env: [] }] } };
    const b = { spec: { containers: [{ image: "shop:1", name: "checkout" }] }, metadata: { labels: { app: "checkout" }, annotations: {} } };
    expect(sameTemplate(a, b)).toBe(true);
    expect(sameTemplate(a, { ...b, spec: { containers: [{ name: "checkout", image: "shop:2" }] } })).toBe(false);
  });

  it("writes label selectors as the API server reads them", () => {
    expect(labelSelectorQuery({ matchLabels: { app: "checkout", tier: "web" } })).toBe("app=checkout,tier=web");
    expect(
      labelSelectorQuery({
        matchExpressions: [
          { key: "track", operator: "In", values: ["stable", "canary"] },
          { key: "legacy", operator: "DoesNotExist" },
          { key: "zone", operator: "NotIn", values: ["a"] },
          { key: "owner", operator: "Exists" },
        ],
      }),
    ).toBe("track in (stable,canary),!legacy,zone notin (a),owner");
  });
});

describe("istio canary to zero", () => {
  const route = (subset: string, weight: number) => ({ destination: { host: "checkout", subset }, weight });

  it("gives stable everything and the canary nothing in each route that reaches the canary, leaving other routes alone", () => {
    const http = [{ route: [route("v1", 80), route("v2", 15), route("mirror", 5)] }, { route: [route("v1", 100)] }];
    expect(canaryToZero(http, "v1", "v2")).toEqual({ http: [{ route: [route("v1", 100), route("v2", 0), route("mirror", 0)] }, { route: [route("v1", 100)] }] });
  });

  it("refuses a VirtualService without the canary, or a route with nowhere to move its traffic", () => {
    expect(canaryToZero([{ route: [route("v1", 100)] }], "v1", "v2")).toEqual({ error: "no HTTP route sends traffic to subset v2" });
    expect(canaryToZero([{ route: [route("v3", 50), route("v2", 50)] }], "v1", "v2")).toEqual({
      error: "an HTTP route sends traffic to subset v2 but not to subset v1, so there is nowhere to move it",
    });
  });
});
