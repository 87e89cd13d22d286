import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { incidentRollbackRunsQueryKey, rollbackRunLogsQueryKey, serviceRollbackRunsQueryKey } from "@/lib/client/rollback-cache";
import { rollbackRunsResponseSchema, stepLogsResponseSchema } from "@/lib/client/schemas/rollback-runs";
import { incidentPath } from "./incident-query-keys";

export function useIncidentRollbackRunsQuery(incidentRef: string) {
  return useQuery({
    queryKey: incidentRollbackRunsQueryKey(incidentRef),
    queryFn: ({ signal }) => apiFetch(`${incidentPath(incidentRef)}/rollback-runs`, rollbackRunsResponseSchema, { signal }),
  });
}

export function useServiceRollbackRunsQuery(serviceRef: string) {
  return useQuery({
    queryKey: serviceRollbackRunsQueryKey(serviceRef),
    queryFn: ({ signal }) => apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/rollback-runs`, rollbackRunsResponseSchema, { signal }),
  });
}

export function useRollbackRunLogsQuery(runId: string) {
  return useQuery({
    queryKey: rollbackRunLogsQueryKey(runId),
    queryFn: ({ signal }) => apiFetch(`/api/v1/rollback-runs/${runId}/logs`, stepLogsResponseSchema, { signal }),
  });
}
