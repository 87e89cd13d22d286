import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { servicesQueryKey } from "@/lib/client/queries/useServicesQuery";
import { serviceResponseSchema } from "@/lib/client/schemas/services";

export type CreateServiceInput = {
  name: string;
  slug: string;
  team: string;
  environment: string;
  description?: string;
  links?: { label: string; url: string }[];
};

export function useCreateServiceMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateServiceInput) => apiFetch("/api/v1/services", serviceResponseSchema, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicesQueryKey }),
  });
}
