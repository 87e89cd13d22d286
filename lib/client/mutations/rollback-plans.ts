import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import {
  planPreviewResponseSchema,
  rollbackPlanPath,
  rollbackPlanQueryKey,
  rollbackPlanResponseSchema,
  rollbackPlansRootKey,
  serviceRollbackPlansPath,
} from "@/lib/client/queries/rollback-plans";

/**
 * What the editor sends: the plan as the admin wrote it. The server checks
 * every field and each step's params against its kind, and names each
 * problem by its path (`steps.2.params.replicas`).
 */
export type RollbackPlanBody = {
  type: string;
  name: string;
  description?: string;
  steps: Record<string, unknown>[];
  verification: { windowSeconds: unknown; checks: unknown };
};

const archivedResponseSchema = z.object({ archived: z.string() });

/** The plan lists and plans of this editor, and the rollback start form's list of a service's plans. */
function refreshPlans(queryClient: QueryClient, serviceId?: string) {
  void queryClient.invalidateQueries({ queryKey: rollbackPlansRootKey });
  if (serviceId) void queryClient.invalidateQueries({ queryKey: ["service", serviceId, "rollback-plans"] });
}

export function useCreateRollbackPlanMutation(serviceRef: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RollbackPlanBody) => apiFetch(serviceRollbackPlansPath(serviceRef), rollbackPlanResponseSchema, { method: "POST", body }),
    onSuccess: ({ plan }) => refreshPlans(queryClient, plan.serviceId),
  });
}

/** A full replacement at `version`, the one the draft started from: a stale one answers 409. */
export function useUpdateRollbackPlanMutation(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RollbackPlanBody & { version: number }) => apiFetch(rollbackPlanPath(planId), rollbackPlanResponseSchema, { method: "PUT", body }),
    onSuccess: ({ plan }) => {
      queryClient.setQueryData(rollbackPlanQueryKey(planId), { plan });
      refreshPlans(queryClient, plan.serviceId);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: rollbackPlanQueryKey(planId) });
    },
  });
}

/** Archived plans disappear from the lists; past runs keep pointing at them. */
export function useArchiveRollbackPlanMutation(planId: string, serviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(rollbackPlanPath(planId), archivedResponseSchema, { method: "DELETE" }),
    onSuccess: () => refreshPlans(queryClient, serviceId),
  });
}

/** What each step of the saved plan would do now, with dry runs where the target has one (commanders). */
export function usePreviewRollbackPlanMutation(planId: string) {
  return useMutation({
    mutationFn: () => apiFetch(`${rollbackPlanPath(planId)}/preview`, planPreviewResponseSchema, { method: "POST" }),
  });
}
