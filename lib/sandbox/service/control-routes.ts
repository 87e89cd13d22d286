import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { canaryRequestSchema, deployRequestSchema, type DeploymentState, faultsRequestSchema, switchRequestSchema } from "../control-api";
import { ControlInputError, deployVersion, initialDeploymentState, setCanaryWeight, setFaults, switchLiveColor } from "./deployment-state";
import { BadRequestError, readJsonBody, sendError, sendJson } from "./http-io";
import type { ServiceRuntime } from "./service-runtime";

/** How long a crashing service waits after answering, so the caller gets its answer first. */
const CRASH_AFTER_MS = 100;

type ControlAction = (runtime: ServiceRuntime, body: unknown) => DeploymentState;

const actions: Record<string, ControlAction> = {
  deploy: (runtime, body) => deployVersion(runtime.state(), runtime.service, parse(deployRequestSchema, body), new Date()),
  switch: (runtime, body) => switchLiveColor(runtime.state(), parse(switchRequestSchema, body).color, new Date()),
  canary: (runtime, body) => setCanaryWeight(runtime.state(), parse(canaryRequestSchema, body).weight),
  faults: (runtime, body) => setFaults(runtime.state(), parse(faultsRequestSchema, body)),
  reset: (runtime) => initialDeploymentState(runtime.service),
};

/**
 * `/control/*`: answers even while the service hangs, so that it can always
 * be repaired. Every call answers the new state.
 */
export async function handleControl(runtime: ServiceRuntime, request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
  const name = pathname.slice("/control/".length);
  if (name === "state") {
    if (request.method !== "GET") return sendError(response, 405, "method_not_allowed", "Use GET");
    return sendJson(response, 200, runtime.describe());
  }
  const action = actions[name];
  if (!action) return sendError(response, 404, "not_found", `No control action "${name}"`);
  if (request.method !== "POST") return sendError(response, 405, "method_not_allowed", "Use POST");

  try {
    runtime.update(action(runtime, await readJsonBody(request)));
  } catch (error) {
    if (error instanceof BadRequestError) return sendError(response, 400, "bad_request", `Invalid body: ${error.message}`, error.details);
    if (error instanceof ControlInputError) {
      return sendError(response, 400, "bad_request", `Invalid body: ${error.field} ${error.message}`, [{ field: error.field, message: error.message }]);
    }
    throw error;
  }
  const state = runtime.describe();
  if (state.faults.mode === "crash") {
    response.on("close", () => setTimeout(() => process.exit(1), CRASH_AFTER_MS));
  }
  sendJson(response, 200, state);
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new BadRequestError(
    result.error.issues.map((issue) => ({
      // Unknown keys are reported at the body's root: name them instead.
      field: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".") || "body",
      message: issue.message,
    })),
  );
}
