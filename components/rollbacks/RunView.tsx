"use client";

import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { useRollbackRunLogsQuery } from "@/lib/client/queries/useRollbackRunsQuery";
import type { RollbackRun } from "@/lib/client/schemas/rollback-runs";
import { useNow } from "@/lib/client/use-now";
import { formatDuration, RUN_STATUS } from "./run-labels";
import { RunControls } from "./RunControls";
import { StepDecision } from "./StepDecision";
import { StepItem } from "./StepItem";
import { VerificationReport } from "./VerificationReport";

/** A run as a live progress list: every step's status, duration and log, and what it needs now. */
export function RunView({ run, canRun }: { run: RollbackRun; canRun: boolean }) {
  const logs = useRollbackRunLogsQuery(run.id);
  const active = run.finishedAt === null;
  const now = useNow(active ? 1000 : 60_000);
  const elapsed = active ? now - Date.parse(run.createdAt) : run.durationMs;
  const status = RUN_STATUS[run.status];
  const lines = logs.data?.lines ?? [];
  return (
    <article aria-label={`${run.mode === "drill" ? "Drill" : "Rollback"}: ${run.plan.name}`} className="flex flex-col gap-4">
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900 dark:text-white">
          {run.mode === "drill" ? "Drill" : "Rollback"}: {run.plan.name}
        </h3>
        <Badge tone={status.tone}>{status.label}</Badge>
        {run.trigger === "automatic" && <Badge tone="info">Automatic</Badge>}
        {active && (
          <span className="inline-flex items-center gap-1 text-xs text-slate-700 dark:text-slate-300">
            <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-emerald-500" /> Live
          </span>
        )}
        <span className="ml-auto text-sm tabular-nums text-slate-700 dark:text-slate-300" aria-label="Elapsed time">
          {formatDuration(elapsed)}
        </span>
      </header>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {run.service.name} · started by {run.startedBy} · reason: {run.reason}
        {run.overrodeConcurrent && " · overrode another rollback in progress"}
      </p>
      {run.longRunningAlertedAt && active && (
        <Alert tone="error" title="This rollback has run for more than 15 minutes">
          Consider escalating, or starting the emergency-recovery plan.
        </Alert>
      )}
      <ol className="flex flex-col gap-2" aria-label="Steps">
        {run.steps.map((step) => (
          <StepItem key={step.id} step={step} lines={lines.filter((line) => line.stepRunId === step.id)} isCurrent={run.currentPosition === step.position && active}>
            {canRun && active && run.currentPosition === step.position && <StepDecision run={run} step={step} />}
          </StepItem>
        ))}
      </ol>
      <VerificationReport run={run} />
      {canRun && <RunControls run={run} />}
    </article>
  );
}
