import { ApiError } from "@/lib/client/api-fetch";

/** How the wizard's buttons report to the panel: focus follows the person's own actions, and a 409 is explained above whatever shows next. */
export type DecisionActions = {
  /** Right before a request this person started. */
  begin: () => void;
  /** The request lost a race (409); the state was refetched. */
  conflict: (message: string) => void;
  /** Any other failure: nothing changed, so focus stays put. */
  failed: () => void;
};

/** mutate() callbacks that route an error to `conflict` or `failed`. */
export function reportErrorsTo(actions: DecisionActions, conflictMessage: string) {
  return {
    onError: (error: Error) => {
      if (error instanceof ApiError && error.status === 409) actions.conflict(conflictMessage);
      else actions.failed();
    },
  };
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
