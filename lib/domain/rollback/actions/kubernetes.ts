import { z } from "zod";
import { secretRefSchema } from "../secret-ref";

/** A DNS-1123 name, as Kubernetes requires for these objects. */
const objectName = z
  .string()
  .max(253, "must be at most 253 characters")
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "must be a Kubernetes object name (lower-case letters, digits, '-' and '.')");

/** Label keys and values as the API server validates them; they also keep a label selector query unambiguous. */
const labelKey = z
  .string()
  .max(317, "must be at most 317 characters")
  .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, "must be a label key (an optional DNS prefix and '/', then up to 63 letters, digits, '-', '_' or '.')");
const labelValue = z.string().regex(/^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/, "must be a label value (up to 63 letters, digits, '-', '_' or '.')");
const subsetName = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, "must be an Istio subset name (a DNS label)");

const target = {
  /** The kubeconfig's YAML, held as a secret. */
  kubeconfig: secretRefSchema,
  /** A context of the kubeconfig; its current context when left out. */
  context: z.string().min(1).max(253).optional(),
  /** As kubectl: the context's namespace when left out, else "default". */
  namespace: objectName.optional(),
};
/** Wait, as `kubectl rollout status` does, until every replica runs the new template and is available. */
const waitForRollout = z.boolean().default(true);

export const kubernetesParamsSchema = z.discriminatedUnion(
  "operation",
  [
    /** kubectl rollout undo: the Deployment's pod template is replaced by the one of the target revision's ReplicaSet. */
    z.strictObject({ ...target, operation: z.literal("rollout_undo"), deployment: objectName, toRevision: z.number().int().min(1).optional(), waitForRollout }),
    z.strictObject({ ...target, operation: z.literal("scale"), deployment: objectName, replicas: z.number().int().min(0).max(10_000), waitForRollout }),
    /** Blue/green: the Service's selector becomes exactly this one. */
    z.strictObject({
      ...target,
      operation: z.literal("switch_service_selector"),
      service: objectName,
      selector: z.record(labelKey, labelValue).refine((selector) => Object.keys(selector).length > 0, "must name at least one label"),
    }),
    /** kubectl argo rollouts abort: traffic goes back to the stable ReplicaSet. */
    z.strictObject({ ...target, operation: z.literal("argo_rollout_abort"), rollout: objectName }),
    /** Every HTTP route of the VirtualService that reaches the canary subset sends 100% to the stable subset and 0% to the canary. */
    z.strictObject({ ...target, operation: z.literal("istio_canary_to_zero"), virtualService: objectName, stableSubset: subsetName, canarySubset: subsetName }),
  ],
  { error: "must be rollout_undo, scale, switch_service_selector, argo_rollout_abort or istio_canary_to_zero" },
);
export type KubernetesParams = z.infer<typeof kubernetesParamsSchema>;

export function describeKubernetesParams(params: KubernetesParams): string {
  const where = params.namespace ? ` in namespace ${params.namespace}` : "";
  switch (params.operation) {
    case "rollout_undo":
      return params.toRevision === undefined
        ? `Roll back Deployment ${params.deployment}${where} to its previous revision (kubectl rollout undo)`
        : `Roll back Deployment ${params.deployment}${where} to revision ${params.toRevision}`;
    case "scale":
      return `Scale Deployment ${params.deployment}${where} to ${params.replicas} replica${params.replicas === 1 ? "" : "s"}`;
    case "switch_service_selector":
      return `Point Service ${params.service}${where} at pods labelled ${formatLabels(params.selector)}`;
    case "argo_rollout_abort":
      return `Abort Argo Rollout ${params.rollout}${where}: traffic back to the stable version`;
    case "istio_canary_to_zero":
      return `Send all traffic of VirtualService ${params.virtualService}${where} to subset ${params.stableSubset}, none to ${params.canarySubset}`;
  }
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {}).map(([key, value]) => `${key}=${value}`).join(", ") || "(none)";
}

/** The annotations and label kubectl and the Deployment controller use for revisions. */
export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
export const REVISION_HISTORY_ANNOTATION = "deployment.kubernetes.io/revision-history";
export const POD_TEMPLATE_HASH_LABEL = "pod-template-hash";

/** A ReplicaSet's revision, and the earlier revisions it had before a rollback renumbered it. */
export type ReplicaSetRevision = { revision: number; history: number[] };

export type UndoTarget = { revision: number } | { alreadyAt: number } | { error: string };

/**
 * kubectl's choice of ReplicaSet: the second-newest revision, or the one asked
 * for. A rollback makes the Deployment controller renumber the target
 * ReplicaSet and record its old number in its revision history, so a repeated
 * undo to an explicit revision finds it there, on the current ReplicaSet,
 * and has nothing left to do.
 */
export function pickUndoRevision(current: number, replicaSets: readonly ReplicaSetRevision[], toRevision: number | undefined): UndoTarget {
  const revisions = [...new Set(replicaSets.map(({ revision }) => revision))].sort((a, b) => b - a);
  if (toRevision === undefined) {
    return revisions[1] === undefined ? { error: "it has no previous revision to roll back to" } : { revision: revisions[1] };
  }
  if (toRevision === current) return { error: `revision ${toRevision} is the current one` };
  if (revisions.includes(toRevision)) return { revision: toRevision };
  if (replicaSets.some(({ revision, history }) => revision === current && history.includes(toRevision))) return { alreadyAt: toRevision };
  return { error: `revision ${toRevision} not found (known: ${[...revisions].reverse().join(", ") || "none"})` };
}

/** Annotations kubectl keeps from the Deployment rather than copying them from the ReplicaSet. */
const ANNOTATIONS_KEPT_ON_UNDO = new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  "deployment.kubernetes.io/desired-replicas",
  "deployment.kubernetes.io/max-replicas",
  "deprecated.deployment.rollback.to",
]);

/** The Deployment's annotations after kubectl's undo: its own revision bookkeeping, and everything else from the ReplicaSet. */
export function undoAnnotations(deployment: Record<string, string> | undefined, replicaSet: Record<string, string> | undefined): Record<string, string> {
  const kept = Object.entries(deployment ?? {}).filter(([key]) => ANNOTATIONS_KEPT_ON_UNDO.has(key));
  const copied = Object.entries(replicaSet ?? {}).filter(([key]) => !ANNOTATIONS_KEPT_ON_UNDO.has(key));
  return Object.fromEntries([...kept, ...copied]);
}

/** kubectl's equalIgnoreHash: equal pod templates once the hash label is gone (empty and absent fields count as equal). */
export function sameTemplate(a: unknown, b: unknown): boolean {
  return canonical(withoutHashLabel(a)) === canonical(withoutHashLabel(b));
}

export function withoutHashLabel<T>(template: T): T {
  const copy = structuredClone(template) as { metadata?: { labels?: Record<string, string> } };
  delete copy?.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL];
  return copy as T;
}

function canonical(value: unknown): string {
  const prune = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.length ? node.map(prune) : undefined;
    if (node === null || typeof node !== "object") return node ?? undefined;
    const entries = Object.entries(node)
      .map(([key, child]) => [key, prune(child)] as const)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? Object.fromEntries(entries) : undefined;
  };
  return JSON.stringify(prune(value) ?? null);
}

export type LabelSelector = { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };

/** A label selector as the `labelSelector` query parameter takes it, the way client-go's LabelSelectorAsSelector writes it. */
export function labelSelectorQuery(selector: LabelSelector | undefined): string {
  const equalities = Object.entries(selector?.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  const expressions = (selector?.matchExpressions ?? []).map(({ key, operator, values = [] }) => {
    switch (operator) {
      case "In":
        return `${key} in (${values.join(",")})`;
      case "NotIn":
        return `${key} notin (${values.join(",")})`;
      case "Exists":
        return key;
      case "DoesNotExist":
        return `!${key}`;
      default:
        throw new Error(`unknown label selector operator ${operator}`);
    }
  });
  return [...equalities, ...expressions].join(",");
}

export type IstioHttpRoute = { route?: { destination?: { host?: string; subset?: string }; weight?: number }[] };

/** Istio weights after the canary is sent to zero: in every route that reaches the canary, stable takes all and the canary nothing. */
export function canaryToZero<T extends IstioHttpRoute>(http: readonly T[], stable: string, canary: string): { http: T[] } | { error: string } {
  const reachesCanary = http.filter((entry) => entry.route?.some((route) => route.destination?.subset === canary));
  if (reachesCanary.length === 0) return { error: `no HTTP route sends traffic to subset ${canary}` };
  if (reachesCanary.some((entry) => !entry.route?.some((route) => route.destination?.subset === stable))) {
    return { error: `an HTTP route sends traffic to subset ${canary} but not to subset ${stable}, so there is nowhere to move it` };
  }
  return {
    http: http.map((entry) =>
      reachesCanary.includes(entry)
        ? { ...entry, route: entry.route!.map((route) => (route.destination?.subset === stable ? { ...route, weight: 100 } : { ...route, weight: 0 })) }
        : entry,
    ),
  };
}
