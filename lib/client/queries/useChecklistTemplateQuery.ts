import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { checklistTemplatesQueryKey } from "@/lib/client/queries/useChecklistTemplatesQuery";
import { checklistTemplateResponseSchema } from "@/lib/client/schemas/checklist-templates";

export const checklistTemplateQueryKey = (key: string) => [...checklistTemplatesQueryKey, key] as const;

export const checklistTemplatePath = (key: string) => `/api/v1/checklist-templates/${encodeURIComponent(key)}`;

/** One template's active (highest) version, and the list of all its versions. */
export function useChecklistTemplateQuery(key: string) {
  return useQuery({
    queryKey: checklistTemplateQueryKey(key),
    queryFn: ({ signal }) => apiFetch(checklistTemplatePath(key), checklistTemplateResponseSchema, { signal }),
  });
}
