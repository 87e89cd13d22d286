import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { searchResponseSchema } from "@/lib/client/schemas/search";

export const searchQueryKey = ["search"] as const;

/** Runs only for a non-blank query; the previous results stay on screen while the next ones load. */
export function useSearchQuery(q: string) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: [...searchQueryKey, trimmed],
    queryFn: ({ signal }) => apiFetch(`/api/v1/search?${new URLSearchParams({ q: trimmed })}`, searchResponseSchema, { signal }),
    enabled: trimmed !== "",
    placeholderData: keepPreviousData,
  });
}
