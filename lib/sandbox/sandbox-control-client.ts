import {
  type ControlError,
  controlErrorSchema,
  type DeployRequest,
  type FaultsRequest,
  type SandboxState,
  sandboxStateSchema,
  type SlotColor,
} from "./control-api";

/** A control call the service refused (`status` 400 with `details` naming fields) or could not answer. */
export class SandboxControlError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly details: ControlError["details"] = [],
  ) {
    super(message);
    this.name = "SandboxControlError";
  }
}

export type SandboxControlClient = {
  state(): Promise<SandboxState>;
  /** `version: "previous"` deploys the version that was live before the current one. */
  deploy(request: DeployRequest): Promise<SandboxState>;
  switchLive(color: SlotColor): Promise<SandboxState>;
  setCanaryWeight(weight: number): Promise<SandboxState>;
  setFaults(faults: FaultsRequest): Promise<SandboxState>;
  /** Back to the initial versions, no canary, no faults. */
  reset(): Promise<SandboxState>;
};

/** A typed client for one sandbox service's `/control` API (lib/sandbox/service/control-routes.ts). */
export function sandboxControlClient(baseUrl: string, options: { timeoutMs?: number } = {}): SandboxControlClient {
  const timeoutMs = options.timeoutMs ?? 5_000;

  const call = async (method: "GET" | "POST", action: string, body?: unknown): Promise<SandboxState> => {
    const url = new URL(`/control/${action}`, baseUrl);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new SandboxControlError(`Sandbox service at ${baseUrl} did not answer ${action}: ${reason}`, null);
    }
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return sandboxStateSchema.parse(payload);
    const refused = controlErrorSchema.safeParse(payload);
    if (refused.success) throw new SandboxControlError(refused.data.error.message, response.status, refused.data.error.details);
    throw new SandboxControlError(`Sandbox service at ${baseUrl} answered ${action} with HTTP ${response.status}`, response.status);
  };

  return {
    state: () => call("GET", "state"),
    deploy: (request) => call("POST", "deploy", request),
    switchLive: (color) => call("POST", "switch", { color }),
    setCanaryWeight: (weight) => call("POST", "canary", { weight }),
    setFaults: (faults) => call("POST", "faults", faults),
    reset: () => call("POST", "reset", {}),
  };
}
