import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { runbookScriptPath, runbookScriptResponseSchema, runbookScriptsQueryKey, type RunbookScriptsResponse } from "@/lib/client/queries/runbook-scripts";
import type { ValueOrSecret } from "@/lib/domain/rollback/secret-ref";

/** What the form sends; numbers typed as text go as typed, so the server names a bad one. */
export type RunbookScriptBody = {
  name: string;
  description?: string;
  argv: string[];
  workingDirectory: string;
  env: Record<string, ValueOrSecret>;
  timeoutSeconds: number | string | undefined;
};

const deletedResponseSchema = z.object({ deleted: z.string() });

function refreshOnConflict(queryClient: QueryClient, error: unknown) {
  if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: runbookScriptsQueryKey });
}

export function useCreateRunbookScriptMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunbookScriptBody) => apiFetch("/api/v1/runbook-scripts", runbookScriptResponseSchema, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runbookScriptsQueryKey }),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}

/** A full replacement at `version`, the one the form was filled from: a stale one answers 409. */
export function useUpdateRunbookScriptMutation(scriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunbookScriptBody & { version: number }) => apiFetch(runbookScriptPath(scriptId), runbookScriptResponseSchema, { method: "PATCH", body }),
    onSuccess: ({ script }) =>
      queryClient.setQueryData<RunbookScriptsResponse>(runbookScriptsQueryKey, (data) =>
        data ? { scripts: data.scripts.map((existing) => (existing.id === script.id ? script : existing)) } : data,
      ),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}

/** The server refuses (409) while a rollback plan still runs the script. */
export function useDeleteRunbookScriptMutation(scriptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(runbookScriptPath(scriptId), deletedResponseSchema, { method: "DELETE" }),
    onSuccess: () =>
      queryClient.setQueryData<RunbookScriptsResponse>(runbookScriptsQueryKey, (data) => (data ? { scripts: data.scripts.filter((existing) => existing.id !== scriptId) } : data)),
    onError: (error) => refreshOnConflict(queryClient, error),
  });
}
