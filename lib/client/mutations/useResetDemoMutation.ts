import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthOverviewQueryKey } from "@/lib/client/queries/useHealthOverviewQuery";

const resetResponseSchema = z.object({ reset: z.literal(true) });

export function useResetDemoMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch("/api/v1/demo/reset", resetResponseSchema, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: healthOverviewQueryKey }),
  });
}
