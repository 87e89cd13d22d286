import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { incidentsQueryKey } from "@/lib/client/queries/useIncidentsQuery";
import { incidentResponseSchema } from "@/lib/client/schemas/incidents";
import type { Scenario } from "@/lib/domain/decisions/decision-matrix";
import type { Severity } from "@/lib/domain/incidents/lifecycle";

export type DeclareIncidentInput = {
  title: string;
  summary?: string;
  severity: Severity;
  scenario?: Scenario;
  serviceIds: string[];
  detectedAt?: string;
  private?: boolean;
};

export function useDeclareIncidentMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeclareIncidentInput) => apiFetch("/api/v1/incidents", incidentResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentsQueryKey }),
  });
}
