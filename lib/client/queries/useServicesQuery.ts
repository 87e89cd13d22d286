import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { servicesResponseSchema } from "@/lib/client/schemas/services";

export const servicesQueryKey = ["services"] as const;

export function useServicesQuery() {
  return useQuery({
    queryKey: servicesQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/services", servicesResponseSchema, { signal }),
  });
}
