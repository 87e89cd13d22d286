import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { postMortemPath, postMortemQueryKey, writePostMortem } from "@/lib/client/queries/post-mortems";
import { actionItemResponseSchema, postMortemResponseSchema } from "@/lib/client/schemas/post-mortems";
import type { ActionItemStatus } from "@/lib/domain/post-mortems/action-items";
import type { PostMortemStatus } from "@/lib/domain/post-mortems/review-state";

/** After a 409 the cached post-mortem is stale: fetch what the server has now. */
function useRefetchOnConflict(ref: string) {
  const queryClient = useQueryClient();
  return (error: Error) => {
    if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: postMortemQueryKey(ref) });
  };
}

export function useSavePostMortemMutation(ref: string) {
  const queryClient = useQueryClient();
  const onError = useRefetchOnConflict(ref);
  return useMutation({
    mutationFn: (input: { version: number; content: string }) => apiFetch(postMortemPath(ref), postMortemResponseSchema, { method: "PATCH", body: input }),
    onSuccess: ({ postMortem }) => writePostMortem(queryClient, ref, postMortem),
    onError,
  });
}

export function useMovePostMortemMutation(ref: string) {
  const queryClient = useQueryClient();
  const onError = useRefetchOnConflict(ref);
  return useMutation({
    mutationFn: (input: { version: number; to: PostMortemStatus }) => apiFetch(`${postMortemPath(ref)}/transitions`, postMortemResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ postMortem }) => writePostMortem(queryClient, ref, postMortem),
    onError,
  });
}

export type ActionItemFields = { title?: string; ownerId?: string | null; dueAt?: string | null; status?: ActionItemStatus };

export function useCreateActionItemMutation(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; ownerId?: string | null; dueAt?: string | null }) =>
      apiFetch(`${postMortemPath(ref)}/action-items`, actionItemResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: postMortemQueryKey(ref) }),
  });
}

export function useUpdateActionItemMutation(ref: string, itemId: string) {
  const queryClient = useQueryClient();
  const onError = useRefetchOnConflict(ref);
  return useMutation({
    mutationFn: (input: ActionItemFields & { version: number }) =>
      apiFetch(`/api/v1/action-items/${encodeURIComponent(itemId)}`, actionItemResponseSchema, { method: "PATCH", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: postMortemQueryKey(ref) }),
    onError,
  });
}
