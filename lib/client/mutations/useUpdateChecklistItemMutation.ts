import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { writeChecklistItem } from "@/lib/client/incident-cache";
import { incidentChecklistsQueryKey } from "@/lib/client/queries/incident-query-keys";
import { checklistItemResponseSchema } from "@/lib/client/schemas/checklists";

export type UpdateChecklistItemInput = {
  version: number;
  done?: boolean;
  note?: string | null;
  assigneeId?: string | null;
  notApplicable?: boolean;
  notApplicableReason?: string | null;
};

/** `ref` is the incident whose cached checklists hold the item. */
export function useUpdateChecklistItemMutation(ref: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateChecklistItemInput) =>
      apiFetch(`/api/v1/checklist-items/${encodeURIComponent(itemId)}`, checklistItemResponseSchema, { method: "PATCH", body: input }),
    onSuccess: ({ item }) => writeChecklistItem(queryClient, ref, item),
    // 409: someone changed the item after we read it; show their value.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: incidentChecklistsQueryKey(ref) });
    },
  });
}
