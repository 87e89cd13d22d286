import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { thresholdsQueryKey, thresholdsResponseSchema } from "@/lib/client/queries/useThresholdsQuery";
import type { ServiceThresholds } from "@/lib/client/schemas/health";

type NumberField = "errorRatePercent" | "p95IncreasePercent" | "unavailableMinutes" | "failedChecks" | "baselineMinutes";

/** Numbers may go as typed (text that is not one): the server answers 400 naming the field. */
export type UpdateThresholdsBody = { version: number } & Partial<Record<NumberField, number | string>> & Partial<Pick<ServiceThresholds, "declareIncident" | "autoRollback">>;

export function useUpdateThresholdsMutation(serviceRef: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateThresholdsBody) =>
      apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/thresholds`, thresholdsResponseSchema, { method: "PUT", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(thresholdsQueryKey(serviceRef), data);
      // The charts draw the threshold lines.
      void queryClient.invalidateQueries({ queryKey: ["service-health"] });
    },
    onError: (error) => {
      // The 409 body names no values: fetch the thresholds someone else saved, so the form can show them.
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: thresholdsQueryKey(serviceRef) });
    },
  });
}
