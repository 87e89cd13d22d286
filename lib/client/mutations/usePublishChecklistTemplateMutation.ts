import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { checklistTemplatePath } from "@/lib/client/queries/useChecklistTemplateQuery";
import { checklistTemplatesQueryKey } from "@/lib/client/queries/useChecklistTemplatesQuery";
import { checklistTemplateResponseSchema, publishChecklistTemplateResponseSchema, type ChecklistTemplateVersion } from "@/lib/client/schemas/checklist-templates";

/** Someone published another version after the one this draft started from. */
export class StaleChecklistTemplateError extends Error {
  readonly current: ChecklistTemplateVersion;

  constructor(current: ChecklistTemplateVersion) {
    super(`Version ${current.version} was published while you were editing.`);
    this.name = "StaleChecklistTemplateError";
    this.current = current;
  }
}

type PublishInput = {
  /** Whatever the admin edited: the server validates it and names each problem in a 400. */
  content: unknown;
  /** The active version the draft started from. */
  baseVersion: number;
};

/**
 * Publishes a new version of one template, refusing (before sending) when
 * the active version is no longer the draft's base. The server numbers
 * versions without comparing them, so a publish landing between the check and
 * the PUT still goes through: `overtaken` counts such versions so the page
 * can say so.
 */
export function usePublishChecklistTemplateMutation(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ content, baseVersion }: PublishInput) => {
      const { template: active } = await apiFetch(checklistTemplatePath(key), checklistTemplateResponseSchema);
      if (active.version !== baseVersion) throw new StaleChecklistTemplateError(active);
      const { template } = await apiFetch(checklistTemplatePath(key), publishChecklistTemplateResponseSchema, { method: "PUT", body: { content } });
      return { template, overtaken: template.version - baseVersion - 1 };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: checklistTemplatesQueryKey }),
  });
}
