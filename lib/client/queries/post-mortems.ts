import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { timelineEventSchema } from "@/lib/client/schemas/incidents";
import { postMortemResponseSchema, type PostMortem } from "@/lib/client/schemas/post-mortems";
import { useRefetchOnReconnect } from "@/lib/client/realtime/useRefetchOnReconnect";
import { useRoom } from "@/lib/client/socket";
import { incidentPath } from "./incident-query-keys";

/** Under ["incident", ref] so the incident page's reconnect refetch covers it too. */
export const postMortemQueryKey = (ref: string) => ["incident", ref, "post-mortem"] as const;

export function postMortemPath(ref: string): string {
  return `${incidentPath(ref)}/post-mortem`;
}

export function usePostMortemQuery(ref: string) {
  return useQuery({
    queryKey: postMortemQueryKey(ref),
    queryFn: ({ signal }) => apiFetch(postMortemPath(ref), postMortemResponseSchema, { signal }),
    // 404 means "not drafted yet" (or not visible): asking again will not change that until a push says so.
    retry: false,
  });
}

export function writePostMortem(queryClient: QueryClient, ref: string, postMortem: PostMortem): void {
  queryClient.setQueryData(postMortemQueryKey(ref), (current: { postMortem: PostMortem } | undefined) =>
    // An older push arriving after a newer answer must not roll the text back.
    current && current.postMortem.version > postMortem.version ? current : { postMortem },
  );
}

/**
 * Keeps the post-mortem current for everyone looking at it: each change is
 * pushed whole, and the draft created when the incident is resolved shows up
 * through its timeline event. After a reconnect it is fetched again (pushes
 * sent while away are lost). Returns the room's join error, if any.
 */
export function useLivePostMortem(ref: string, incidentId: string): string | null {
  const queryClient = useQueryClient();
  useRefetchOnReconnect(postMortemQueryKey(ref));
  return useRoom(
    { kind: "incident", id: incidentId },
    {
      "postmortem:updated": (payload) => {
        const parsed = postMortemResponseSchema.safeParse(payload);
        if (parsed.success) writePostMortem(queryClient, ref, parsed.data.postMortem);
      },
      "timeline:created": (payload) => {
        const parsed = timelineEventSchema.safeParse(payload);
        if (parsed.success && parsed.data.kind === "postmortem.drafted") void queryClient.invalidateQueries({ queryKey: postMortemQueryKey(ref) });
      },
    },
  );
}
