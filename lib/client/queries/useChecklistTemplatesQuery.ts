import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { checklistTemplatesResponseSchema } from "@/lib/client/schemas/checklist-templates";

/** Every template's query key starts with this, so one publish refreshes the list and the template alike. */
export const checklistTemplatesQueryKey = ["checklist-templates"] as const;

/** The active version of every checklist template. */
export function useChecklistTemplatesQuery() {
  return useQuery({
    queryKey: checklistTemplatesQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/checklist-templates", checklistTemplatesResponseSchema, { signal }),
  });
}
