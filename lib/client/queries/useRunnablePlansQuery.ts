import { useQueries } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { runnablePlansResponseSchema } from "@/lib/client/schemas/rollback-runs";

/** The rollback plans of each of an incident's services, for the start form. */
export function useRunnablePlansQuery(serviceIds: readonly string[]) {
  return useQueries({
    queries: serviceIds.map((serviceId) => ({
      queryKey: ["service", serviceId, "rollback-plans"],
      queryFn: ({ signal }: { signal: AbortSignal }) => apiFetch(`/api/v1/services/${encodeURIComponent(serviceId)}/rollback-plans`, runnablePlansResponseSchema, { signal }),
    })),
    combine: (results) => ({
      plans: results.flatMap((result) => result.data?.plans ?? []),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}
