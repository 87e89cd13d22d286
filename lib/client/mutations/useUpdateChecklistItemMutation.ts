import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { writeChecklistItem } from "@/lib/client/incident-cache";
import { incidentChecklistsQueryKey } from "@/lib/client/queries/incident-query-keys";
import { checklistItemConflictSchema, checklistItemResponseSchema, type ChecklistItemConflict } from "@/lib/client/schemas/checklists";

export type UpdateChecklistItemInput = {
  version: number;
  done?: boolean;
  note?: string | null;
  assigneeId?: string | null;
  notApplicable?: boolean;
  notApplicableReason?: string | null;
};

/** The item as the server has it after a 409, or null for any other error. */
export function conflictOf(error: unknown): ChecklistItemConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = checklistItemConflictSchema.safeParse(error.current);
  return parsed.success ? parsed.data : null;
}

/** `ref` is the incident whose cached checklists hold the item. */
export function useUpdateChecklistItemMutation(ref: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateChecklistItemInput) =>
      apiFetch(`/api/v1/checklist-items/${encodeURIComponent(itemId)}`, checklistItemResponseSchema, { method: "PATCH", body: input }),
    onSuccess: ({ item }) => writeChecklistItem(queryClient, ref, item),
    // 409: someone changed the item after we read it; adopt their value (the 409 carries it), else refetch.
    onError: (error) => {
      const current = conflictOf(error);
      if (current) {
        const { changedBy: _changedBy, ...item } = current;
        writeChecklistItem(queryClient, ref, item);
      } else if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: incidentChecklistsQueryKey(ref) });
      }
    },
  });
}
