/**
 * A stand-in for the Kubernetes API server, because no cluster exists on this
 * machine. It implements exactly the endpoints Rewind's kubernetes actions
 * call, with request and response shapes from the Kubernetes API reference:
 *
 *   GET/PATCH /apis/apps/v1/namespaces/{ns}/deployments/{name}
 *   GET       /apis/apps/v1/namespaces/{ns}/replicasets?labelSelector=k=v,…
 *   GET/PATCH /api/v1/namespaces/{ns}/services/{name}
 *   GET       /apis/argoproj.io/v1alpha1/namespaces/{ns}/rollouts/{name}
 *   PATCH     /apis/argoproj.io/v1alpha1/namespaces/{ns}/rollouts/{name}/status
 *   GET/PATCH /apis/networking.istio.io/v1beta1/namespaces/{ns}/virtualservices/{name}
 *
 * Errors are `Status` objects (`reason: NotFound`, `Unauthorized`,
 * `UnsupportedMediaType`); PATCH takes merge and strategic-merge patches (for
 * the fields used here, objects merge recursively and lists are replaced,
 * which is what both do for these fields: pod templates, selectors, routes),
 * bumps `metadata.generation`, and with `dryRun=All` answers the object it
 * would store without storing it. A Deployment's rollout completes at once
 * (status follows the new generation), as a controller would report, unless
 * rollouts are held: then the controller has observed the new generation but
 * updated no pod until `completeRollout` is called.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace: string; uid?: string; generation?: number; labels?: Record<string, string>; annotations?: Record<string, string>; ownerReferences?: { uid: string; kind: string; name: string }[] }; [field: string]: unknown };

export type RecordedRequest = { method: string; path: string; query: Record<string, string>; contentType: string | null; body: unknown };

const PATCH_TYPES = ["application/merge-patch+json", "application/strategic-merge-patch+json"];
const RESOURCES: Record<string, { apiVersion: string; kind: string }> = {
  "apps/v1/deployments": { apiVersion: "apps/v1", kind: "Deployment" },
  "apps/v1/replicasets": { apiVersion: "apps/v1", kind: "ReplicaSet" },
  "v1/services": { apiVersion: "v1", kind: "Service" },
  "argoproj.io/v1alpha1/rollouts": { apiVersion: "argoproj.io/v1alpha1", kind: "Rollout" },
  "networking.istio.io/v1beta1/virtualservices": { apiVersion: "networking.istio.io/v1beta1", kind: "VirtualService" },
};

function status(code: number, reason: string, message: string) {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code };
}

function merge(target: unknown, patch: unknown): unknown {
  if (patch === null) return undefined;
  if (typeof patch !== "object" || Array.isArray(patch) || typeof target !== "object" || target === null || Array.isArray(target)) return structuredClone(patch);
  const result: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    const merged = merge(result[key], value);
    if (merged === undefined) delete result[key];
    else result[key] = merged;
  }
  return result;
}

export type FakeKubernetesApi = {
  url: string;
  token: string;
  requests: RecordedRequest[];
  put(object: KubeObject): void;
  get(apiVersion: string, plural: string, namespace: string, name: string): KubeObject | undefined;
  /** While held, a patched Deployment's pods stay un-updated until `completeRollout`. */
  holdRollouts(hold: boolean): void;
  /** What the Deployment controller reports once every pod runs the current template. */
  completeRollout(namespace: string, name: string): void;
  /** Resolves with the first request (already received or still to come) that matches. */
  nextRequest(matches: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  stop(): Promise<void>;
};

type Deployment = KubeObject & { spec: { replicas?: number }; status?: Record<string, unknown> };

function rolledOut(deployment: Deployment) {
  const replicas = deployment.spec.replicas ?? 1;
  return { observedGeneration: deployment.metadata.generation, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas };
}

export async function startFakeKubernetesApi(token = "test-bearer-token"): Promise<FakeKubernetesApi> {
  const store = new Map<string, KubeObject>();
  const requests: RecordedRequest[] = [];
  const waiters: { matches: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }[] = [];
  let holding = false;
  const keyOf = (apiVersion: string, plural: string, namespace: string, name: string) => `${apiVersion}/${plural}/${namespace}/${name}`;
  const pluralOf = (kind: string) => Object.entries(RESOURCES).find(([, resource]) => resource.kind === kind)![0].split("/").at(-1)!;

  const server: Server = createServer(async (request: IncomingMessage, response) => {
    const url = new URL(request.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const contentType = request.headers["content-type"]?.split(";")[0] ?? null;
    const body: unknown = text ? JSON.parse(text) : null;
    const recorded: RecordedRequest = { method: request.method ?? "", path: url.pathname, query: Object.fromEntries(url.searchParams), contentType, body };
    requests.push(recorded);
    for (const waiter of waiters.filter(({ matches }) => matches(recorded))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(recorded);
    }
    const send = (code: number, payload: unknown) => response.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify(payload));
    if (request.headers.authorization !== `Bearer ${token}`) return send(401, status(401, "Unauthorized", "Unauthorized"));

    const match = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?(\/status)?$/.exec(url.pathname);
    if (!match) return send(404, status(404, "NotFound", `the server could not find the requested resource (${url.pathname})`));
    const [, coreVersion, groupVersion, namespace, plural, name] = match;
    const apiVersion = coreVersion ?? groupVersion!;
    const resource = RESOURCES[`${apiVersion}/${plural}`];
    if (!resource) return send(404, status(404, "NotFound", `the server could not find the requested resource (${plural})`));

    if (!name && request.method === "GET") {
      const selector = (url.searchParams.get("labelSelector") ?? "").split(",").filter(Boolean).map((pair) => pair.split("="));
      const items = [...store.values()].filter(
        (object) => object.kind === resource.kind && object.metadata.namespace === namespace && selector.every(([key, value]) => object.metadata.labels?.[key!] === value),
      );
      return send(200, { apiVersion: resource.apiVersion, kind: `${resource.kind}List`, metadata: { resourceVersion: String(requests.length) }, items });
    }
    const key = keyOf(apiVersion, plural!, namespace!, name!);
    const current = store.get(key);
    const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
    const notFound = status(404, "NotFound", `${plural}${group ? `.${group}` : ""} "${name}" not found`);
    if (request.method === "GET") return current ? send(200, current) : send(404, notFound);
    if (request.method !== "PATCH") return send(405, status(405, "MethodNotAllowed", `${request.method} is not supported here`));
    if (!contentType || !PATCH_TYPES.includes(contentType)) return send(415, status(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(", ")}`));
    if (!current) return send(404, notFound);
    const next = merge(current, body) as KubeObject;
    next.metadata = { ...next.metadata, generation: (current.metadata.generation ?? 1) + 1 };
    if (next.kind === "Deployment") {
      const deployment = next as Deployment;
      deployment.status = holding ? { ...deployment.status, observedGeneration: deployment.metadata.generation, replicas: deployment.spec.replicas ?? 1, updatedReplicas: 0 } : rolledOut(deployment);
    }
    if (url.searchParams.get("dryRun") !== "All") store.set(key, next);
    return send(200, next);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    put(object) {
      const apiVersion = object.apiVersion;
      store.set(keyOf(apiVersion, pluralOf(object.kind), object.metadata.namespace, object.metadata.name), structuredClone(object));
    },
    get: (apiVersion, plural, namespace, name) => store.get(keyOf(apiVersion, plural, namespace, name)),
    holdRollouts(hold) {
      holding = hold;
    },
    completeRollout(namespace, name) {
      const deployment = store.get(keyOf("apps/v1", "deployments", namespace, name)) as Deployment | undefined;
      if (!deployment) throw new Error(`no Deployment ${namespace}/${name}`);
      deployment.status = rolledOut(deployment);
    },
    nextRequest(matches) {
      const seen = requests.find(matches);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ matches, resolve }));
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A kubeconfig for the fake: one cluster, one token user, one context. The
 * fake speaks plain HTTP, which client-node accepts only with
 * `insecure-skip-tls-verify` (a real cluster's kubeconfig has a CA instead).
 */
export function fakeKubeconfig(api: Pick<FakeKubernetesApi, "url" | "token">): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- name: fake",
    "  cluster:",
    `    server: ${api.url}`,
    "    insecure-skip-tls-verify: true",
    "users:",
    "- name: rewind",
    "  user:",
    `    token: ${api.token}`,
    "contexts:",
    "- name: fake",
    "  context:",
    "    cluster: fake",
    "    user: rewind",
    "current-context: fake",
    "",
  ].join("\n");
}
