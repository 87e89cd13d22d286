import type { QueryClient } from "@tanstack/react-query";
import type { RollbackRun, StepLogLine } from "@/lib/client/schemas/rollback-runs";

/** Runs are listed under [..., "rollback-runs"] (an incident's, a service's); logs under ["rollback-run", id, "logs"]. */
export const rollbackRunLogsQueryKey = (runId: string) => ["rollback-run", runId, "logs"] as const;
export const serviceRollbackRunsQueryKey = (serviceRef: string) => ["service", serviceRef, "rollback-runs"] as const;
export const incidentRollbackRunsQueryKey = (incidentRef: string) => ["incident", incidentRef, "rollback-runs"] as const;

const isRunList = (key: readonly unknown[]) => key.at(-1) === "rollback-runs";

/**
 * A pushed or returned run replaces its older copy in every list holding it
 * (by version, so a late push never rolls a run back); a list that lacks a new
 * run of its incident or service is refetched.
 */
export function writeRollbackRun(queryClient: QueryClient, run: RollbackRun): void {
  for (const query of queryClient.getQueryCache().findAll({ predicate: (candidate) => isRunList(candidate.queryKey) })) {
    const data = query.state.data as { runs: RollbackRun[] } | undefined;
    if (!data) continue;
    const existing = data.runs.find((candidate) => candidate.id === run.id);
    if (existing) {
      if (existing.version > run.version) continue;
      queryClient.setQueryData(query.queryKey, { runs: data.runs.map((candidate) => (candidate.id === run.id ? run : candidate)) });
      continue;
    }
    const [scope, ref] = query.queryKey as [string, string];
    const belongs = scope === "incident" ? run.incident && (run.incident.key === ref || run.incident.id === ref) : run.service.slug === ref || run.service.id === ref;
    if (belongs) void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
  }
}

/** Lines arrive from the REST backlog and the stream in any order and twice at most: keep each id once, in id order. */
export function appendRunLogs(queryClient: QueryClient, runId: string, lines: StepLogLine[]): void {
  queryClient.setQueryData<{ lines: StepLogLine[] }>(rollbackRunLogsQueryKey(runId), (data) => {
    if (!data) return data;
    const known = new Set(data.lines.map((line) => line.id));
    const fresh = lines.filter((line) => !known.has(line.id));
    if (fresh.length === 0) return data;
    return { lines: [...data.lines, ...fresh].sort((a, b) => Number(BigInt(a.id) - BigInt(b.id))) };
  });
}
