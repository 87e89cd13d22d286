import { useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { timelinePageSchema } from "@/lib/client/schemas/incidents";
import { incidentPath, incidentTimelineQueryKey } from "./incident-query-keys";

const PAGE_SIZE = 25;

/**
 * Newest first; `kinds` is a comma-separated list of kind prefixes ("" for
 * all). Each further page holds events older than the previous page's cursor.
 */
export function useTimelineQuery(ref: string, kinds: string) {
  return useInfiniteQuery({
    queryKey: incidentTimelineQueryKey(ref, kinds),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (kinds) params.set("kind", kinds);
      if (pageParam) params.set("before", pageParam);
      return apiFetch(`${incidentPath(ref)}/timeline?${params.toString()}`, timelinePageSchema, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
