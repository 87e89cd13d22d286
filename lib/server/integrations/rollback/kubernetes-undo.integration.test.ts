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
import { describe, expect, it } from "vitest";
import { ActionFailure } from "./action-executor";
import { kubernetesExecutor } from "./kubernetes";
import { api, awaitableContext, context, deployment, failureOf, NS, params, patches, replicaSet, REVISIONS, run, seed, serveFakeCheckoutCluster } from "@/lib/testing/kubernetes-checkout-fixture";

serveFakeCheckoutCluster();

describe("kubectl rollout undo against a faithful Kubernetes API stand-in", () => {
  it("replaces the pod template with the previous revision's, without its hash label, as kubectl's JSON patch, then waits for the rollout", async () => {
    const recorded = context();
    const result = await run({ operation: "rollout_undo", deployment: "checkout" }, recorded);

    expect(result.summary).toBe("Deployment checkout rolled back from revision 3 to revision 2 (shop/checkout:1.4.2)");
    expect(deployment().spec.template).toEqual(REVISIONS[1]!.template);
    // kubectl keeps the Deployment's revision bookkeeping and takes every other annotation from the ReplicaSet.
    expect(deployment().metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "4", "kubernetes.io/change-cause": "deploy shop/checkout:1.4.2" });
    expect(replicaSet("bbb").metadata.annotations).toMatchObject({ "deployment.kubernetes.io/revision": "4", "deployment.kubernetes.io/revision-history": "2" });
    expect(api().requests.map(({ method, path, query, contentType }) => ({ method, path, query, contentType }))).toEqual([
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
      `Kubernetes API ${api().url}, namespace ${NS}`,
      "Deployment checkout: revision 3 → revision 2",
      "container checkout: image shop/checkout:1.5.0 → shop/checkout:1.4.2",
      "patched the pod template; the Deployment now runs shop/checkout:1.4.2",
      "rollout: successfully rolled out (3 of 3 replicas updated and available)",
    ]);
    expect(result.details).toEqual({ namespace: NS, before: { revision: 3, images: { checkout: "shop/checkout:1.5.0" }, replicas: 3, targetRevision: 2 } });
    expect(JSON.stringify([result, recorded.logs])).not.toContain(api().token);
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
    api().requests.length = 0;
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
    api().holdRollouts(true);
    const recorded = awaitableContext();
    let finished = false;
    const execution = kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout" }), recorded.context).finally(() => (finished = true));
    await recorded.logged(/^rollout: 0 of 3 new replicas updated$/);
    expect(finished).toBe(false);
    api().completeRollout(NS, "checkout");
    await execution;
    expect(recorded.logs.map(({ line }) => line).filter((line) => line.startsWith("rollout:"))).toEqual(["rollout: 0 of 3 new replicas updated", "rollout: successfully rolled out (3 of 3 replicas updated and available)"]);
  });

  it("fails without inviting a blind retry when the rollout exceeds its progress deadline", async () => {
    api().holdRollouts(true);
    const recorded = awaitableContext();
    const execution = failureOf(kubernetesExecutor.execute(params({ operation: "rollout_undo", deployment: "checkout" }), recorded.context));
    await recorded.logged(/^rollout: 0 of 3 new replicas updated$/);
    const stalled = deployment();
    stalled.status = { ...stalled.status, conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: 'ReplicaSet "checkout-bbb" has timed out progressing.' }] };
    api().put(stalled);
    const failure = await execution;
    expect(failure.message).toBe(
      "Deployment checkout rolled back from revision 3 to revision 2 (shop/checkout:1.4.2), but its rollout did not finish: Deployment checkout exceeded its progress deadline (kubectl rollout status would fail too): look at its pods' events. Running this step again would roll back once more: check the Deployment first.",
    );
    expect(failure.options.retryable).toBe(false);
  });

  it("stops waiting for the rollout as soon as the step is cancelled", async () => {
    api().holdRollouts(true);
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
