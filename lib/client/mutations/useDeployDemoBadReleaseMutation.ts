import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthOverviewQueryKey } from "@/lib/client/queries/useHealthOverviewQuery";

const badReleaseResponseSchema = z.object({ service: z.object({ slug: z.string(), name: z.string() }), version: z.string() });

/** Starts the demo story: the sandbox deploys a version that fails part of its requests. */
export function useDeployDemoBadReleaseMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (serviceSlug?: string) => apiFetch("/api/v1/demo/bad-release", badReleaseResponseSchema, { method: "POST", body: serviceSlug ? { serviceSlug } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: healthOverviewQueryKey }),
  });
}
