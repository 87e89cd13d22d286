import "server-only";
import { ApiException, AppsV1Api, CoreV1Api, CustomObjectsApi, KubeConfig, PatchStrategy, setHeaderOptions } from "@kubernetes/client-node";
import type { KubernetesParams } from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure, type SecretResolver } from "./action-executor";

export type KubernetesClients = { apps: AppsV1Api; core: CoreV1Api; custom: CustomObjectsApi; server: string; namespace: string };

export const MERGE_PATCH = setHeaderOptions("Content-Type", PatchStrategy.MergePatch);
export const STRATEGIC_MERGE_PATCH = setHeaderOptions("Content-Type", PatchStrategy.StrategicMergePatch);

/** Clients for the kubeconfig in the step's secret; the YAML (and its token) stays in memory only. */
export async function kubernetesClients(params: KubernetesParams, secrets: SecretResolver): Promise<KubernetesClients> {
  const config = new KubeConfig();
  try {
    config.loadFromString(await secrets.reveal(params.kubeconfig));
    if (params.context) config.setCurrentContext(params.context);
  } catch (error) {
    if (error instanceof ActionFailure) throw error;
    throw new ActionFailure(`the kubeconfig in secret "${params.kubeconfig.secret}" could not be read: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const server = config.getCurrentCluster()?.server;
  if (!server) throw new ActionFailure(`the kubeconfig in secret "${params.kubeconfig.secret}" names no cluster for context ${config.getCurrentContext() || "(none)"}`);
  return { apps: config.makeApiClient(AppsV1Api), core: config.makeApiClient(CoreV1Api), custom: config.makeApiClient(CustomObjectsApi), server, namespace: params.namespace };
}

/**
 * One API call, raced against the step's signal (client-node 1.x takes no
 * AbortSignal), with the API server's Status message in the failure.
 */
export async function kubeCall<T>(what: string, call: () => Promise<T>, clients: Pick<KubernetesClients, "server">, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw signal.reason;
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([call(), aborted]);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw failureOf(what, error, clients.server);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

function failureOf(what: string, error: unknown, server: string): ActionFailure {
  if (error instanceof ApiException) {
    // Codes the generated client does not declare (401, 403…) carry the Status only inside the message.
    const raw = error.body ?? /Body: (\{.*\})/s.exec(error.message)?.[1] ?? null;
    const parsed = (typeof raw === "string" ? safeJson(raw) : raw) as { reason?: string; message?: string } | null;
    const status = parsed ?? { reason: /Message: (.*)/.exec(error.message)?.[1] };
    return new ActionFailure(`${what}: the Kubernetes API answered ${error.code}${status?.reason ? ` ${status.reason}` : ""}${status?.message ? `: ${status.message}` : ""}`, { retryable: error.code >= 500 || error.code === 429 });
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return new ActionFailure(`${what}: could not reach the Kubernetes API at ${server}: ${cause}`, { retryable: true });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}
