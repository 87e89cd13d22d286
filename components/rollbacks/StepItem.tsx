"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import type { RollbackStep, StepLogLine } from "@/lib/client/schemas/rollback-runs";
import { formatDuration, STEP_STATUS } from "./run-labels";
import { StepLog } from "./StepLog";

/** One row of the progress list: status, name, what it does, how long it took, and its log. */
export function StepItem({ step, lines, isCurrent, children }: { step: RollbackStep; lines: StepLogLine[]; isCurrent: boolean; children?: React.ReactNode }) {
  const status = STEP_STATUS[step.status];
  const live = step.status === "running" || step.status === "queued";
  const [open, setOpen] = useState<boolean | null>(null);
  const expanded = open ?? (isCurrent || step.status === "failed" || step.status === "outcome_unknown");
  const logId = `step-log-${step.id}`;
  return (
    <li
      aria-current={isCurrent ? "step" : undefined}
      className={`rounded-md border p-3 ${isCurrent ? "border-indigo-400 bg-indigo-50/50 dark:border-indigo-500 dark:bg-indigo-950/30" : "border-slate-200 dark:border-slate-800"}`}
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <span aria-hidden="true" className="mt-0.5 w-5 text-center font-semibold text-slate-700 dark:text-slate-300">
          {status.icon}
        </span>
        <div className="min-w-0 flex-1">
          <p className="font-medium text-slate-900 dark:text-white">
            {step.position + 1}. {step.name}
            {step.destructive && <span className="ml-2 align-middle"><Badge tone="danger">Destructive</Badge></span>}
            {step.pointOfNoReturn && <span className="ml-2 align-middle"><Badge tone="warning">Point of no return</Badge></span>}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{step.description}</p>
          {step.result && <p className="mt-1 text-sm text-emerald-800 dark:text-emerald-300">{step.result.summary}</p>}
          {step.error && <p className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">{step.error}</p>}
          {step.skipReason && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Skipped: {step.skipReason}</p>}
          {(step.confirmedBy || step.approvedBy) && (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {step.confirmedBy && `Confirmed by ${step.confirmedBy}. `}
              {step.approvedBy && `Approved by ${step.approvedBy}.`}
            </p>
          )}
        </div>
        <div className="flex items-center gap-2 text-sm">
          <Badge tone={status.tone}>{status.label}</Badge>
          {step.attempt > 1 && <span className="text-xs text-slate-600 dark:text-slate-400">attempt {step.attempt}/{step.maxAttempts}</span>}
          <span className="tabular-nums text-slate-700 dark:text-slate-300" title="Duration">
            {formatDuration(step.durationMs)}
          </span>
        </div>
      </div>
      {children}
      <button type="button" aria-expanded={expanded} aria-controls={logId} onClick={() => setOpen(!expanded)} className="mt-2 text-xs font-medium text-indigo-800 underline dark:text-indigo-300">
        {expanded ? "Hide log" : `Show log${lines.length > 0 ? ` (${lines.length} lines)` : ""}`}
      </button>
      <div id={logId} hidden={!expanded}>
        {expanded && <StepLog lines={lines} live={live} label={`Log of step ${step.position + 1}, ${step.name}`} />}
      </div>
    </li>
  );
}
