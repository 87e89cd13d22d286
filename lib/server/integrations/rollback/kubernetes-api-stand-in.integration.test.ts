/**
 * No Kubernetes cluster exists on this machine, so the kubernetes actions are
 * tested against lib/testing/fake-kubernetes-api.ts. These tests hold that
 * stand-in to the behaviour of the real API server (as the Kubernetes API
 * reference describes it) on the endpoints it implements: Status objects for
 * refusals, resourceVersion preconditions, validation in dry runs, status
 * subresources, set-based label selectors and list shapes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeKubernetesApi, type FakeKubernetesApi } from "@/lib/testing/fake-kubernetes-api";

let api: FakeKubernetesApi;
const NS = "shop";
const DEPLOYMENT = `/apis/apps/v1/namespaces/${NS}/deployments/checkout`;
const SERVICE = `/api/v1/namespaces/${NS}/services/checkout`;
const template = { metadata: { labels: { app: "checkout" } }, spec: { containers: [{ name: "checkout", image: "shop/checkout:1.5.0" }] } };

const send = (path: string, init: { method?: string; contentType?: string; body?: unknown; token?: string } = {}) =>
  fetch(`${api.url}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${init.token ?? api.token}`, ...(init.contentType ? { "content-type": init.contentType } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> & { metadata?: Record<string, unknown> } }));
const mergePatch = (path: string, body: unknown) => send(path, { method: "PATCH", contentType: "application/merge-patch+json", body });

beforeAll(async () => {
  api = await startFakeKubernetesApi();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.put({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "checkout", namespace: NS, uid: "d-1", generation: 1, annotations: { "deployment.kubernetes.io/revision": "1" } }, spec: { replicas: 3, selector: { matchLabels: { app: "checkout" } }, template }, status: { observedGeneration: 1 } });
  const first = { ...template, metadata: { labels: { app: "checkout", "pod-template-hash": "aaa" } } };
  api.put({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "checkout-aaa", namespace: NS, labels: first.metadata.labels, annotations: { "deployment.kubernetes.io/revision": "1" }, ownerReferences: [{ kind: "Deployment", name: "checkout", uid: "d-1", controller: true }] }, spec: { template: first } });
  api.put({ apiVersion: "v1", kind: "Service", metadata: { name: "checkout", namespace: NS }, spec: { selector: { app: "checkout", slot: "green" } } });
});

describe("the Kubernetes API server stand-in", () => {
  it("answers Status objects for refusals and changes nothing", async () => {
    expect(await send(DEPLOYMENT, { token: "stolen" })).toMatchObject({ status: 401, body: { kind: "Status", code: 401, reason: "Unauthorized" } });
    expect(await send(`/apis/apps/v1/namespaces/${NS}/deployments/nope`)).toEqual({
      status: 404,
      body: { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: 'deployments.apps "nope" not found', reason: "NotFound", details: { name: "nope", group: "apps", kind: "deployments" }, code: 404 },
    });
    const stale = await mergePatch(SERVICE, { metadata: { resourceVersion: "1" }, spec: { selector: { slot: "blue" } } });
    expect(stale).toMatchObject({ status: 409, body: { kind: "Status", reason: "Conflict", message: 'Operation cannot be fulfilled on services "checkout": the object has been modified; please apply your changes to the latest version and try again' } });
    const strategic = await send(DEPLOYMENT, { method: "PATCH", contentType: "application/strategic-merge-patch+json", body: { spec: { replicas: 1 } } });
    expect(strategic).toMatchObject({ status: 415, body: { kind: "Status", reason: "UnsupportedMediaType" } });
    const missingPath = await send(DEPLOYMENT, { method: "PATCH", contentType: "application/json-patch+json", body: [{ op: "replace", path: "/spec/paused", value: true }] });
    expect(missingPath).toMatchObject({ status: 422, body: { kind: "Status", reason: "Invalid" } });
    expect(await send(`${DEPLOYMENT}?dryRun=Some`, { method: "PATCH", contentType: "application/merge-patch+json", body: {} })).toMatchObject({ status: 400, body: { reason: "BadRequest" } });
    expect(api.get("apps/v1", "deployments", NS, "checkout")!.spec).toEqual({ replicas: 3, selector: { matchLabels: { app: "checkout" } }, template });
    expect(api.get("v1", "services", NS, "checkout")!.spec).toEqual({ selector: { app: "checkout", slot: "green" } });
  });

  it("validates in a dry run and answers the object it would store without storing it", async () => {
    const mismatched = await send(`${DEPLOYMENT}?dryRun=All`, { method: "PATCH", contentType: "application/json-patch+json", body: [{ op: "replace", path: "/spec/template/metadata/labels", value: { app: "other" } }] });
    expect(mismatched).toMatchObject({ status: 422, body: { kind: "Status", reason: "Invalid", details: { causes: [{ reason: "FieldValueInvalid", field: "spec.template.metadata.labels" }] } } });
    const before = api.get("v1", "services", NS, "checkout")!;
    const wouldBe = await mergePatch(`${SERVICE}?dryRun=All`, { spec: { selector: { slot: "blue" } } });
    expect(wouldBe).toMatchObject({ status: 200, body: { kind: "Service", spec: { selector: { app: "checkout", slot: "blue" } }, metadata: { resourceVersion: before.metadata.resourceVersion } } });
    expect(api.get("v1", "services", NS, "checkout")).toEqual(before);
  });

  it("bumps the generation on spec changes only, and keeps status and spec on their own endpoints", async () => {
    const relabelled = await mergePatch(DEPLOYMENT, { metadata: { labels: { team: "payments" } }, status: { replicas: 99 } });
    expect(relabelled.body).toMatchObject({ metadata: { generation: 1, labels: { team: "payments" } }, status: { observedGeneration: 1 } });
    expect(relabelled.body.status).not.toHaveProperty("replicas", 99);
    const scaled = await mergePatch(`${DEPLOYMENT}/scale`, { spec: { replicas: 5 } });
    expect(scaled).toMatchObject({ status: 200, body: { kind: "Scale", apiVersion: "autoscaling/v1", spec: { replicas: 5 }, status: { selector: "app=checkout" } } });
    expect(api.get("apps/v1", "deployments", NS, "checkout")).toMatchObject({ metadata: { generation: 2 }, spec: { replicas: 5 }, status: { observedGeneration: 2, updatedReplicas: 5 } });
  });

  it("plays the Deployment controller: a new pod template gets a ReplicaSet owned by the Deployment and the next revision", async () => {
    await send(DEPLOYMENT, { method: "PATCH", contentType: "application/json-patch+json", body: [{ op: "replace", path: "/spec/template/spec/containers/0/image", value: "shop/checkout:1.5.1" }] });
    const list = await send(`/apis/apps/v1/namespaces/${NS}/replicasets?labelSelector=${encodeURIComponent("app in (checkout,other),!legacy")}`);
    expect(list.body).toMatchObject({
      kind: "ReplicaSetList",
      apiVersion: "apps/v1",
      items: [
        { metadata: { name: "checkout-aaa", annotations: { "deployment.kubernetes.io/revision": "1" } } },
        { metadata: { annotations: { "deployment.kubernetes.io/revision": "2" }, ownerReferences: [{ kind: "Deployment", uid: "d-1", controller: true }] }, spec: { template: { spec: { containers: [{ image: "shop/checkout:1.5.1" }] } } } },
      ],
    });
    expect((list.body.items as Record<string, unknown>[])[0]).not.toHaveProperty("kind");
    expect(api.get("apps/v1", "deployments", NS, "checkout")!.metadata.annotations).toEqual({ "deployment.kubernetes.io/revision": "2" });
    expect((await send(`/apis/apps/v1/namespaces/${NS}/replicasets?labelSelector=${encodeURIComponent("app notin (checkout)")}`)).body.items).toEqual([]);
  });
});
