import { describe, expect, it } from "vitest";
import { canaryToZero, describeKubernetesParams, kubernetesParamsSchema, pickUndoRevision } from "./kubernetes";

const base = { kubeconfig: { secret: "kubeconfig" }, namespace: "shop" };

describe("kubernetes params", () => {
  it("accepts each operation and defaults the namespace", () => {
    expect(kubernetesParamsSchema.parse({ kubeconfig: { secret: "kubeconfig" }, operation: "scale", deployment: "checkout", replicas: 0 })).toMatchObject({ namespace: "default" });
    expect(kubernetesParamsSchema.safeParse({ ...base, operation: "rollout_undo", deployment: "checkout", toRevision: 41 }).success).toBe(true);
    expect(kubernetesParamsSchema.safeParse({ ...base, operation: "istio_canary_to_zero", virtualService: "checkout", stableSubset: "v1", canarySubset: "v2" }).success).toBe(true);
  });

  it("names an unknown key and refuses a name that is not a Kubernetes name", () => {
    const unknown = kubernetesParamsSchema.safeParse({ ...base, operation: "scale", deployment: "checkout", replicas: 1, image: "x" });
    expect(unknown.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["image"] });
    expect(kubernetesParamsSchema.safeParse({ ...base, operation: "scale", deployment: "Checkout_API", replicas: 1 }).error?.issues[0]?.path).toEqual(["deployment"]);
  });

  it("describes what the step does", () => {
    expect(describeKubernetesParams(kubernetesParamsSchema.parse({ ...base, operation: "rollout_undo", deployment: "checkout" }))).toBe("Roll back Deployment checkout in namespace shop to its previous revision (kubectl rollout undo)");
  });
});

describe("kubectl's undo revision", () => {
  it("takes the highest revision below the current one, or the one asked for", () => {
    expect(pickUndoRevision(3, [1, 2, 3], undefined)).toEqual({ revision: 2 });
    expect(pickUndoRevision(3, [1, 2, 3], 1)).toEqual({ revision: 1 });
    expect(pickUndoRevision(3, [1, 2, 3], 3)).toEqual({ error: "revision 3 is the current one" });
    expect(pickUndoRevision(3, [2, 3], 7)).toEqual({ error: "revision 7 not found (known: 2, 3)" });
    expect(pickUndoRevision(1, [1], undefined)).toEqual({ error: "no previous revision to roll back to" });
  });
});

describe("istio canary to zero", () => {
  it("gives stable everything and the canary nothing, leaving other routes alone", () => {
    const routes = [{ destination: { subset: "v1" }, weight: 80 }, { destination: { subset: "v2" }, weight: 20 }, { destination: { subset: "mirror" }, weight: 0 }];
    expect(canaryToZero(routes, "v1", "v2").map((route) => route.weight)).toEqual([100, 0, 0]);
  });
});
