import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { writeIncident } from "@/lib/client/incident-cache";
import { incidentPath, incidentRecordFilter } from "@/lib/client/queries/incident-query-keys";
import { incidentResponseSchema } from "@/lib/client/schemas/incidents";
import type { IncidentStatus } from "@/lib/domain/incidents/lifecycle";

export function useTransitionIncidentMutation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { to: IncidentStatus; version: number }) =>
      apiFetch(`${incidentPath(ref)}/transitions`, incidentResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ incident }) => writeIncident(queryClient, ref, incident),
    // Someone else moved the incident first: show what it is now.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries(incidentRecordFilter(ref));
    },
  });
}
