import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { healthSampleSchema } from "@/lib/client/schemas/health";

const testResponseSchema = z.object({ sample: healthSampleSchema });

/** Collects once from the source's saved config; nothing is stored. */
export function useTestHealthSourceMutation(sourceId: string) {
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/health-sources/${encodeURIComponent(sourceId)}/test`, testResponseSchema, { method: "POST" }),
  });
}
