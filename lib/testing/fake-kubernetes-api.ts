/**
 * A faithful stand-in for the Kubernetes API server, because no cluster
 * exists on this machine. It implements exactly the endpoints Rewind's
 * kubernetes actions call, with request and response shapes from the
 * Kubernetes API reference:
 *
 *   GET/PATCH /apis/apps/v1/namespaces/{ns}/deployments/{name}
 *   PATCH     /apis/apps/v1/namespaces/{ns}/deployments/{name}/scale      (autoscaling/v1 Scale)
 *   GET       /apis/apps/v1/namespaces/{ns}/replicasets?labelSelector=…  (equality and set-based)
 *   GET/PATCH /api/v1/namespaces/{ns}/services/{name}
 *   GET/PATCH /apis/argoproj.io/v1alpha1/namespaces/{ns}/rollouts/{name}, PATCH …/{name}/status
 *   GET/PATCH /apis/networking.istio.io/v1beta1/namespaces/{ns}/virtualservices/{name}
 *
 * PATCH takes JSON patches (RFC 6902) and merge patches (RFC 7386), the two
 * content types the actions send, and answers 415 to any other; `dryRun=All`
 * runs every stage (patch, preconditions, validation) and answers the object
 * it would store without storing it. A `metadata.resourceVersion` in a merge
 * patch is a precondition (409 Conflict). `metadata.generation` follows spec
 * changes; status subresources ignore spec changes and vice versa. Failures
 * are `Status` objects (`NotFound`, `Unauthorized`, `Conflict`, `Invalid`,
 * `UnsupportedMediaType`, `BadRequest`).
 *
 * It also plays the Deployment controller, after the API server has answered:
 * a new pod template gets a ReplicaSet and the next revision (a rollback
 * renumbers the old ReplicaSet and records its revision history, as the
 * controller does), and the rollout completes at once unless rollouts are
 * held, in which case no pod is updated until `completeRollout`.
 */
import { createHash, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { labelSelectorQuery, sameTemplate, withoutHashLabel } from "@/lib/domain/rollback/actions/kubernetes";
import { jsonPatch, labelMatcher, mergePatch, same, statusOf, StatusError } from "./kubernetes-api-semantics";

type Metadata = { name: string; namespace: string; uid?: string; resourceVersion?: string; generation?: number; labels?: Record<string, string>; annotations?: Record<string, string>; ownerReferences?: { apiVersion?: string; kind: string; name: string; uid: string; controller?: boolean }[] };
export type KubeObject = { apiVersion: string; kind: string; metadata: Metadata; spec?: Record<string, unknown>; status?: Record<string, unknown> };
type Template = { metadata?: { labels?: Record<string, string> } };
type Deployment = KubeObject & { spec: { replicas?: number; selector?: { matchLabels?: Record<string, string> }; template?: Template; paused?: boolean } };
export type RecordedRequest = { method: string; path: string; query: Record<string, string>; contentType: string | null; body: unknown };

const JSON_PATCH = "application/json-patch+json";
const MERGE_PATCH = "application/merge-patch+json";
const RESOURCES = [
  { apiVersion: "apps/v1", plural: "deployments", kind: "Deployment", subresources: ["status", "scale"] },
  { apiVersion: "apps/v1", plural: "replicasets", kind: "ReplicaSet", subresources: ["status"] },
  { apiVersion: "v1", plural: "services", kind: "Service", subresources: ["status"] },
  { apiVersion: "argoproj.io/v1alpha1", plural: "rollouts", kind: "Rollout", subresources: ["status"] },
  { apiVersion: "networking.istio.io/v1beta1", plural: "virtualservices", kind: "VirtualService", subresources: [] },
];
const ANNOTATIONS_NOT_COPIED = new Set(["kubectl.kubernetes.io/last-applied-configuration", "deployment.kubernetes.io/revision", "deployment.kubernetes.io/revision-history", "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas"]);

/** The API server's validation of the fields the actions change; Istio's webhook for route weights. */
function invalidFields(object: KubeObject): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (object.kind === "Deployment") {
    const { replicas, selector, template } = (object as Deployment).spec;
    if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 0)) problems.push({ field: "spec.replicas", message: `Invalid value: ${replicas}: must be greater than or equal to 0` });
    const labels = template?.metadata?.labels ?? {};
    if (!labelMatcher(labelSelectorQuery(selector))(labels)) problems.push({ field: "spec.template.metadata.labels", message: `Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\`` });
    const containers = ((template as { spec?: { containers?: { name?: string; image?: string }[] } } | undefined)?.spec?.containers ?? []);
    if (containers.length === 0) problems.push({ field: "spec.template.spec.containers", message: "Required value" });
    for (const [index, container] of containers.entries()) {
      if (!container.image) problems.push({ field: `spec.template.spec.containers[${index}].image`, message: "Required value" });
    }
  }
  if (object.kind === "VirtualService") {
    for (const [index, entry] of (((object.spec?.http ?? []) as { route?: { weight?: number }[] }[]).entries())) {
      const total = (entry.route ?? []).reduce((sum, route) => sum + (route.weight ?? 0), 0);
      if ((entry.route?.length ?? 0) > 1 && total !== 100) problems.push({ field: `spec.http[${index}].route`, message: `total destination weight ${total} != 100` });
    }
  }
  return problems;
}

export type FakeKubernetesApi = {
  url: string;
  token: string;
  requests: RecordedRequest[];
  put(object: KubeObject): void;
  /** A copy of the stored object. */
  get(apiVersion: string, plural: string, namespace: string, name: string): KubeObject | undefined;
  /** While held, a patched Deployment's pods stay un-updated until `completeRollout`. */
  holdRollouts(hold: boolean): void;
  /** What the Deployment controller reports once every pod runs the current template. */
  completeRollout(namespace: string, name: string): void;
  /** Resolves with the first request (already received or still to come) that matches. */
  nextRequest(matches: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  stop(): Promise<void>;
};

export async function startFakeKubernetesApi(options: { token?: string; rolloutStatusSubresource?: boolean } = {}): Promise<FakeKubernetesApi> {
  const token = options.token ?? "test-bearer-token";
  const store = new Map<string, KubeObject>();
  const requests: RecordedRequest[] = [];
  const waiters: { matches: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }[] = [];
  let resourceVersion = 1000;
  let holding = false;
  const keyOf = (apiVersion: string, plural: string, namespace: string, name: string) => `${apiVersion}/${plural}/${namespace}/${name}`;
  const resourceOf = (kind: string) => RESOURCES.find((resource) => resource.kind === kind)!;
  const save = (object: KubeObject) => {
    object.metadata.resourceVersion = String(++resourceVersion);
    store.set(keyOf(object.apiVersion, resourceOf(object.kind).plural, object.metadata.namespace, object.metadata.name), object);
  };
  const rolledOut = (deployment: Deployment) => {
    const replicas = deployment.spec.replicas ?? 1;
    deployment.status = { observedGeneration: deployment.metadata.generation, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas };
  };

  /** The Deployment controller's answer to a stored change: revisions for a new template, then the rollout's status. */
  function reconcile(before: Deployment, after: Deployment) {
    if (!sameTemplate(before.spec.template, after.spec.template)) {
      const owned = [...store.values()].filter((object) => object.kind === "ReplicaSet" && object.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === after.metadata.uid));
      const revisionOf = (object: KubeObject) => Number(object.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
      const next = String(Math.max(0, ...owned.map(revisionOf)) + 1);
      const copied = Object.fromEntries(Object.entries(after.metadata.annotations ?? {}).filter(([key]) => !ANNOTATIONS_NOT_COPIED.has(key)));
      const existing = owned.find((replicaSet) => sameTemplate((replicaSet.spec as { template?: unknown }).template, after.spec.template));
      if (existing) {
        const history = [existing.metadata.annotations?.["deployment.kubernetes.io/revision-history"], String(revisionOf(existing))].filter(Boolean).join(",");
        existing.metadata.annotations = { ...existing.metadata.annotations, ...copied, "deployment.kubernetes.io/revision": next, "deployment.kubernetes.io/revision-history": history };
        save(existing);
      } else {
        const hash = createHash("sha256").update(JSON.stringify(withoutHashLabel(after.spec.template))).digest("hex").slice(0, 10);
        const template = structuredClone(after.spec.template ?? {});
        template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, "pod-template-hash": hash } };
        save({
          apiVersion: "apps/v1",
          kind: "ReplicaSet",
          metadata: { name: `${after.metadata.name}-${hash}`, namespace: after.metadata.namespace, uid: randomUUID(), labels: template.metadata.labels, annotations: { ...copied, "deployment.kubernetes.io/revision": next }, ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: after.metadata.name, uid: after.metadata.uid!, controller: true }] },
          spec: { replicas: after.spec.replicas ?? 1, selector: { matchLabels: { ...after.spec.selector?.matchLabels, "pod-template-hash": hash } }, template },
        });
      }
      after.metadata.annotations = { ...after.metadata.annotations, "deployment.kubernetes.io/revision": next };
    }
    if (holding) after.status = { ...after.status, observedGeneration: after.metadata.generation, replicas: after.spec.replicas ?? 1, updatedReplicas: 0 };
    else rolledOut(after);
    save(after);
  }

  function patch(request: RecordedRequest, current: KubeObject, subresource: string | undefined, dryRun: boolean): unknown {
    const resource = resourceOf(current.kind);
    const isScale = subresource === "scale";
    const scaleOf = (object: Deployment) => ({ kind: "Scale", apiVersion: "autoscaling/v1", metadata: { name: object.metadata.name, namespace: object.metadata.namespace, uid: object.metadata.uid, resourceVersion: object.metadata.resourceVersion }, spec: { replicas: object.spec.replicas ?? 1 }, status: { replicas: object.status?.replicas ?? 0, selector: labelSelectorQuery(object.spec.selector) } });
    const original = isScale ? scaleOf(current as Deployment) : current;
    const patched = (request.contentType === JSON_PATCH ? jsonPatch(original, request.body) : mergePatch(original, request.body)) as KubeObject;
    if (patched.metadata?.resourceVersion && patched.metadata.resourceVersion !== current.metadata.resourceVersion) {
      const group = current.apiVersion.includes("/") ? `.${current.apiVersion.split("/")[0]}` : "";
      throw new StatusError(statusOf(409, "Conflict", `Operation cannot be fulfilled on ${resource.plural}${group} "${current.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`, { name: current.metadata.name, kind: resource.plural }));
    }
    const next = structuredClone(current);
    if (isScale) next.spec = { ...next.spec, replicas: patched.spec?.replicas };
    else if (subresource === "status") next.status = patched.status;
    else {
      next.metadata = { ...patched.metadata, name: current.metadata.name, namespace: current.metadata.namespace, uid: current.metadata.uid, resourceVersion: current.metadata.resourceVersion, generation: current.metadata.generation };
      next.spec = patched.spec;
      if (!resource.subresources.includes("status") || (resource.kind === "Rollout" && options.rolloutStatusSubresource === false)) next.status = patched.status;
    }
    if (!same(next.spec, current.spec)) next.metadata.generation = (current.metadata.generation ?? 1) + 1;
    const problems = invalidFields(next);
    if (problems.length > 0) {
      const group = next.apiVersion.includes("/") ? `.${next.apiVersion.split("/")[0]}` : "";
      const message = `${next.kind}${group} "${next.metadata.name}" is invalid: ${problems.map(({ field, message }) => `${field}: ${message}`).join(", ")}`;
      throw new StatusError(statusOf(422, "Invalid", message, { name: next.metadata.name, kind: next.kind, causes: problems.map(({ field, message }) => ({ reason: "FieldValueInvalid", message, field })) }));
    }
    if (!dryRun) {
      save(next);
      if (next.kind === "Deployment" && subresource !== "status") reconcile(current as Deployment, structuredClone(next) as Deployment);
    }
    const answered = { ...next, metadata: { ...next.metadata, resourceVersion: dryRun ? current.metadata.resourceVersion : next.metadata.resourceVersion } };
    return isScale ? scaleOf(answered as Deployment) : answered;
  }

  function handle(request: RecordedRequest, authorization: string | undefined): [number, unknown] {
    if (authorization !== `Bearer ${token}`) return [401, statusOf(401, "Unauthorized", "Unauthorized")];
    const match = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(request.path);
    const [, coreVersion, groupVersion, namespace, plural, name, subresource] = match ?? [];
    const resource = RESOURCES.find((candidate) => candidate.apiVersion === (coreVersion ?? groupVersion) && candidate.plural === plural);
    const subresources = resource?.kind === "Rollout" && options.rolloutStatusSubresource === false ? [] : resource?.subresources ?? [];
    if (!resource || (subresource && !subresources.includes(subresource))) return [404, statusOf(404, "NotFound", "the server could not find the requested resource")];
    if (request.query.dryRun !== undefined && request.query.dryRun !== "All") return [400, statusOf(400, "BadRequest", `Invalid dry run value: ${request.query.dryRun}`)];
    if (!name && request.method === "GET") {
      const matches = labelMatcher(request.query.labelSelector ?? "");
      const items = [...store.values()].filter((object) => object.kind === resource.kind && object.metadata.namespace === namespace && matches(object.metadata.labels ?? {}));
      return [200, { kind: `${resource.kind}List`, apiVersion: resource.apiVersion, metadata: { resourceVersion: String(resourceVersion) }, items: items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== "apiVersion" && key !== "kind"))) }];
    }
    const current = store.get(keyOf(resource.apiVersion, resource.plural, namespace!, name ?? ""));
    const group = resource.apiVersion.includes("/") ? `.${resource.apiVersion.split("/")[0]}` : "";
    const notFound = statusOf(404, "NotFound", `${resource.plural}${group} "${name}" not found`, { name, group: group.slice(1), kind: resource.plural });
    if (request.method === "GET" && !subresource) return current ? [200, current] : [404, notFound];
    if (request.method !== "PATCH" || !name) return [405, statusOf(405, "MethodNotAllowed", `the server does not allow this method on the requested resource`)];
    if (request.contentType !== JSON_PATCH && request.contentType !== MERGE_PATCH) {
      return [415, statusOf(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types (in this stand-in) include: ${JSON_PATCH}, ${MERGE_PATCH}`)];
    }
    if (!current) return [404, notFound];
    return [200, patch(request, current, subresource, request.query.dryRun === "All")];
  }

  const server: Server = createServer(async (incoming, response) => {
    const url = new URL(incoming.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const request: RecordedRequest = { method: incoming.method ?? "", path: url.pathname, query: Object.fromEntries(url.searchParams), contentType: incoming.headers["content-type"]?.split(";")[0] ?? null, body: text || null };
    let answer: [number, unknown];
    try {
      request.body = text ? JSON.parse(text) : null;
    } catch {
      answer = [400, statusOf(400, "BadRequest", "the request body is not JSON")];
    }
    requests.push(request);
    for (const waiter of waiters.filter(({ matches }) => matches(request))) waiters.splice(waiters.indexOf(waiter), 1)[0]!.resolve(request);
    try {
      answer ??= handle(request, incoming.headers.authorization);
    } catch (error) {
      if (!(error instanceof StatusError)) throw error;
      answer = [error.status.code, error.status];
    }
    response.writeHead(answer[0], { "content-type": "application/json" }).end(JSON.stringify(answer[1]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    requests,
    put: (object) => save(structuredClone(object)),
    get: (apiVersion, plural, namespace, name) => structuredClone(store.get(keyOf(apiVersion, plural, namespace, name))),
    holdRollouts(hold) {
      holding = hold;
    },
    completeRollout(namespace, name) {
      const deployment = store.get(keyOf("apps/v1", "deployments", namespace, name)) as Deployment | undefined;
      if (!deployment) throw new Error(`no Deployment ${namespace}/${name}`);
      rolledOut(deployment);
      save(deployment);
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
export function fakeKubeconfig(api: Pick<FakeKubernetesApi, "url" | "token">, options: { namespace?: string } = {}): string {
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
    ...(options.namespace ? [`    namespace: ${options.namespace}`] : []),
    "current-context: fake",
    "",
  ].join("\n");
}
