import { z } from "zod";
import { secretRefSchema } from "../secret-ref";

/** A DNS-1123 name, as Kubernetes requires for these objects. */
const objectName = z
  .string()
  .max(253, "must be at most 253 characters")
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "must be a Kubernetes object name (lower-case letters, digits, '-' and '.')");

const target = {
  /** The kubeconfig's YAML, held as a secret. */
  kubeconfig: secretRefSchema,
  /** A context of the kubeconfig; its current context when left out. */
  context: z.string().min(1).max(253).optional(),
  namespace: objectName.default("default"),
};

export const kubernetesParamsSchema = z.discriminatedUnion(
  "operation",
  [
    /** kubectl rollout undo: the Deployment's pod template is patched from the ReplicaSet of the target revision. */
    z.strictObject({ ...target, operation: z.literal("rollout_undo"), deployment: objectName, toRevision: z.number().int().min(1).optional() }),
    z.strictObject({ ...target, operation: z.literal("scale"), deployment: objectName, replicas: z.number().int().min(0).max(10_000) }),
    /** Blue/green: point the Service at the other set of pods. */
    z.strictObject({ ...target, operation: z.literal("switch_service_selector"), service: objectName, selector: z.record(z.string().min(1).max(317), z.string().max(63)).refine((selector) => Object.keys(selector).length > 0, "must name at least one label") }),
    /** kubectl argo rollouts abort: traffic goes back to the stable ReplicaSet. */
    z.strictObject({ ...target, operation: z.literal("argo_rollout_abort"), rollout: objectName }),
    /** Every HTTP route of the VirtualService sends 100% to the stable subset and 0% to the canary. */
    z.strictObject({ ...target, operation: z.literal("istio_canary_to_zero"), virtualService: objectName, stableSubset: z.string().min(1).max(63), canarySubset: z.string().min(1).max(63) }),
  ],
  { error: "must be rollout_undo, scale, switch_service_selector, argo_rollout_abort or istio_canary_to_zero" },
);
export type KubernetesParams = z.infer<typeof kubernetesParamsSchema>;

export function describeKubernetesParams(params: KubernetesParams): string {
  const where = `in namespace ${params.namespace}`;
  switch (params.operation) {
    case "rollout_undo":
      return params.toRevision === undefined
        ? `Roll back Deployment ${params.deployment} ${where} to its previous revision (kubectl rollout undo)`
        : `Roll back Deployment ${params.deployment} ${where} to revision ${params.toRevision}`;
    case "scale":
      return `Scale Deployment ${params.deployment} ${where} to ${params.replicas} replica${params.replicas === 1 ? "" : "s"}`;
    case "switch_service_selector":
      return `Point Service ${params.service} ${where} at pods labelled ${Object.entries(params.selector).map(([key, value]) => `${key}=${value}`).join(", ")}`;
    case "argo_rollout_abort":
      return `Abort Argo Rollout ${params.rollout} ${where}: traffic back to the stable version`;
    case "istio_canary_to_zero":
      return `Send all traffic of VirtualService ${params.virtualService} ${where} to subset ${params.stableSubset}, none to ${params.canarySubset}`;
  }
}

/** kubectl's revision annotation on Deployments and their ReplicaSets. */
export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

/** The ReplicaSet a rollout undo goes back to: the given revision, or the highest one below the current. */
export function pickUndoRevision(current: number, available: readonly number[], toRevision: number | undefined): { revision: number } | { error: string } {
  if (toRevision !== undefined) {
    if (toRevision === current) return { error: `revision ${toRevision} is the current one` };
    return available.includes(toRevision) ? { revision: toRevision } : { error: `revision ${toRevision} not found (known: ${[...available].sort((a, b) => a - b).join(", ") || "none"})` };
  }
  const previous = available.filter((revision) => revision < current).sort((a, b) => b - a)[0];
  return previous === undefined ? { error: "no previous revision to roll back to" } : { revision: previous };
}

/** Istio weights after the canary is sent to zero: stable takes all, the canary nothing, others untouched. */
export function canaryToZero<T extends { destination?: { subset?: string }; weight?: number }>(routes: readonly T[], stable: string, canary: string): T[] {
  return routes.map((route) => {
    if (route.destination?.subset === stable) return { ...route, weight: 100 };
    if (route.destination?.subset === canary) return { ...route, weight: 0 };
    return route;
  });
}
