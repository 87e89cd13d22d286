import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { valueOrSecretSchema } from "@/lib/domain/rollback/secret-ref";

/** An admin-registered runbook script: a fixed argv, never a shell string. */
export const runbookScriptSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  argv: z.array(z.string()),
  workingDirectory: z.string(),
  env: z.record(z.string(), valueOrSecretSchema),
  timeoutSeconds: z.number(),
  version: z.number(),
  updatedAt: z.string(),
});
export type RunbookScript = z.infer<typeof runbookScriptSchema>;

export const runbookScriptsResponseSchema = z.object({ scripts: z.array(runbookScriptSchema) });
export type RunbookScriptsResponse = z.infer<typeof runbookScriptsResponseSchema>;
export const runbookScriptResponseSchema = z.object({ script: runbookScriptSchema });

export const runbookScriptsQueryKey = ["runbook-scripts"] as const;

export const runbookScriptPath = (scriptId: string) => `/api/v1/runbook-scripts/${encodeURIComponent(scriptId)}`;

/** Every registered script (admins: runbooks.manage). */
export function useRunbookScriptsQuery(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: runbookScriptsQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/v1/runbook-scripts", runbookScriptsResponseSchema, { signal }),
    enabled: options.enabled,
  });
}
