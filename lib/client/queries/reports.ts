import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { incidentReportResponseSchema } from "@/lib/client/schemas/incident-report";
import { reportResponseSchema } from "@/lib/client/schemas/reports";

/** The report's filters as the URL carries them (empty values are left out). */
export type ReportFilters = { from?: string; to?: string; service?: string; severity?: string };

export function reportSearch(filters: ReportFilters): string {
  const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return params.toString();
}

export function useReportQuery(filters: ReportFilters) {
  const search = reportSearch(filters);
  return useQuery({
    queryKey: ["reports", search],
    queryFn: ({ signal }) => apiFetch(`/api/v1/reports?${search}`, reportResponseSchema, { signal }),
    // Changing a filter keeps the charts on screen until the new figures arrive.
    placeholderData: keepPreviousData,
  });
}

export function useIncidentReportQuery(incidentRef: string) {
  return useQuery({
    queryKey: ["reports", "incident", incidentRef],
    queryFn: ({ signal }) => apiFetch(`/api/v1/reports/incidents/${encodeURIComponent(incidentRef)}`, incidentReportResponseSchema, { signal }),
  });
}
