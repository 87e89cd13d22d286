import "server-only";
import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  Observable,
  setHeaderMiddleware,
  type ConfigurationOptions,
  type ObservableMiddleware,
  type PatchStrategy,
} from "@kubernetes/client-node";
import type { KubernetesParams } from "@/lib/domain/rollback/actions/kubernetes";
import { ActionFailure, type SecretResolver } from "./action-executor";

/** The API clients of one step, bound to its namespace and its signal. */
export type Kube = {
  apps: AppsV1Api;
  core: CoreV1Api;
  custom: CustomObjectsApi;
  server: string;
  namespace: string;
  signal: AbortSignal;
  /**
   * One API call: `options` carry the step's signal (and the patch's content
   * type, which client-node 1.x takes only as a header middleware); a failure
   * becomes an ActionFailure with the API server's Status in it.
   */
  call<T>(what: string, request: (options: ConfigurationOptions) => Promise<T>, patch?: PatchStrategy): Promise<T>;
};

/** Clients for the kubeconfig in the step's secret; the YAML (and its token) stays in memory only. */
export async function openKube(params: KubernetesParams, secrets: SecretResolver, signal: AbortSignal): Promise<Kube> {
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
  const namespace = params.namespace ?? config.getContextObject(config.getCurrentContext())?.namespace ?? "default";
  return {
    apps: config.makeApiClient(AppsV1Api),
    core: config.makeApiClient(CoreV1Api),
    custom: config.makeApiClient(CustomObjectsApi),
    server,
    namespace,
    signal,
    call: (what, request, patch) => {
      const middleware = [abortWith(signal), ...(patch ? [setHeaderMiddleware("Content-Type", patch)] : [])];
      return settle(what, () => request({ middleware, middlewareMergeStrategy: "append" }), server, signal);
    },
  };
}

/** Hands the step's signal to the HTTP request, so that a cancel or timeout closes the connection. */
function abortWith(signal: AbortSignal): ObservableMiddleware {
  return {
    pre: (context) => {
      context.setSignal(signal);
      return new Observable(Promise.resolve(context));
    },
    post: (context) => new Observable(Promise.resolve(context)),
  };
}

/** Raced against the signal too: loading credentials (an exec plugin) happens before the request exists. */
async function settle<T>(what: string, call: () => Promise<T>, server: string, signal: AbortSignal): Promise<T> {
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
    throw failureOf(what, error, server);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/** The HTTP status of a failed call, when the API server answered one. */
export function statusCodeOf(error: unknown): number | null {
  return error instanceof ActionFailure && error.cause instanceof ApiException ? error.cause.code : null;
}

function failureOf(what: string, error: unknown, server: string): ActionFailure {
  if (error instanceof ApiException) {
    // Codes the generated client does not declare (401, 403, 409, 422…) carry the Status only inside the message.
    const raw: unknown = error.body ?? /Body: (\{.*\})/s.exec(error.message)?.[1] ?? null;
    const parsed = (typeof raw === "string" ? safeJson(raw) : raw) as { reason?: string; message?: string } | null;
    const status = parsed ?? { reason: /Message: (.*)/.exec(error.message)?.[1] };
    const failure = new ActionFailure(`${what}: the Kubernetes API answered ${error.code}${status?.reason ? ` ${status.reason}` : ""}${status?.message ? `: ${status.message}` : ""}`, {
      retryable: error.code >= 500 || error.code === 429 || error.code === 409,
    });
    failure.cause = error;
    return failure;
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
