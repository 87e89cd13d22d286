import { useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { auditEventsPageSchema } from "@/lib/client/schemas/audit-events";

export const auditEventsQueryKey = ["audit-events"] as const;

const PAGE_SIZE = 50;

/** Newest first; each further page holds events older than the previous page's cursor. */
export function useAuditEventsQuery() {
  return useInfiniteQuery({
    queryKey: auditEventsQueryKey,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set("before", pageParam);
      return apiFetch(`/api/v1/audit-events?${params.toString()}`, auditEventsPageSchema, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
