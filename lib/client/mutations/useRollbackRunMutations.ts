import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { writeRollbackRun } from "@/lib/client/rollback-cache";
import { rollbackRunResponseSchema } from "@/lib/client/schemas/rollback-runs";
import type { RunCommandInput, StartRunInput } from "@/lib/domain/schemas/rollbacks";

export function useStartRollbackRunMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, ...input }: { planId: string } & StartRunInput) =>
      apiFetch(`/api/v1/rollback-plans/${planId}/runs`, rollbackRunResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ run }) => writeRollbackRun(queryClient, run),
  });
}

export function useRunCommandMutation(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RunCommandInput) => apiFetch(`/api/v1/rollback-runs/${runId}/commands`, rollbackRunResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ run }) => writeRollbackRun(queryClient, run),
  });
}
