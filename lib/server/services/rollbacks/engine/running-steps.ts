import "server-only";
import { ActionFailure } from "../../../integrations/rollback/action-executor";

/** The steps this process is executing, by run: a cancel NOTIFY aborts them at once instead of at the next heartbeat. */
const running = new Map<string, Set<AbortController>>();

export const CANCEL_MESSAGE = "cancelled by a commander";

export function trackRunningStep(runId: string, controller: AbortController): () => void {
  const controllers = running.get(runId) ?? new Set<AbortController>();
  controllers.add(controller);
  running.set(runId, controllers);
  return () => {
    controllers.delete(controller);
    if (controllers.size === 0) running.delete(runId);
  };
}

export function abortRunningSteps(runId: string): void {
  for (const controller of running.get(runId) ?? []) controller.abort(new ActionFailure(CANCEL_MESSAGE));
}
