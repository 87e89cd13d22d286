"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button, buttonClasses } from "@/components/ui/Button";
import { formatDateTime } from "@/lib/client/format";
import { useArchiveRollbackPlanMutation } from "@/lib/client/mutations/rollback-plans";
import type { RollbackPlan } from "@/lib/client/queries/rollback-plans";
import { PLAN_TYPE_LABELS } from "@/lib/domain/rollback/plan";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { PlanPreviewPanel } from "./PlanPreviewPanel";
import { PlanStepList } from "./PlanStepList";

type RollbackPlanCardProps = {
  plan: RollbackPlan;
  serviceSlug: string;
  canEdit: boolean;
  canPreview: boolean;
  /** Just saved by this admin: the card says so. */
  justSaved: boolean;
};

function checksText(plan: RollbackPlan): string {
  const count = plan.verification.checks.length;
  if (count === 0) return "No verification checks.";
  return `${count} verification ${count === 1 ? "check" : "checks"} (${plan.verification.checks.map((check) => String(check.kind).replaceAll("_", " ")).join(", ")}) over ${plan.verification.windowSeconds} s.`;
}

/** One plan: what it is for, its steps as sentences, and what the caller may do with it. */
export function RollbackPlanCard({ plan, serviceSlug, canEdit, canPreview, justSaved }: RollbackPlanCardProps) {
  const [confirming, setConfirming] = useState(false);
  const archive = useArchiveRollbackPlanMutation(plan.id, plan.serviceId);
  const headingId = `plan-${plan.id}-heading`;

  return (
    <li>
      <article aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold break-words text-slate-900 dark:text-white">
            {plan.name}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <Badge tone="info">{PLAN_TYPE_LABELS[plan.type]}</Badge>
            {justSaved && <Badge tone="success">Saved</Badge>}
            <span>
              Version {plan.version}, updated <time dateTime={plan.updatedAt}>{formatDateTime(plan.updatedAt)}</time>
            </span>
          </p>
        </div>
        {canEdit && (
          <div className="flex shrink-0 flex-wrap gap-2">
            <Link href={`/services/${encodeURIComponent(serviceSlug)}/plans/${encodeURIComponent(plan.id)}`} className={buttonClasses("secondary", "sm")}>
              Edit<span className="sr-only"> {plan.name}</span>
            </Link>
            <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
              Archive<span className="sr-only"> {plan.name}</span>
            </Button>
          </div>
        )}
      </div>
      {plan.description && <p className="mt-3 text-sm break-words whitespace-pre-line text-slate-700 dark:text-slate-300">{plan.description}</p>}
      <div className="mt-4">
        <PlanStepList steps={plan.steps} label={`Steps of ${plan.name}`} />
      </div>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{checksText(plan)}</p>
      {canPreview && (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <PlanPreviewPanel planId={plan.id} planName={plan.name} />
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Archive “${plan.name}”?`}
          confirmLabel="Archive plan"
          pendingLabel="Archiving…"
          pending={archive.isPending}
          error={archive.error}
          onConfirm={() => archive.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onClose={() => {
            archive.reset();
            setConfirming(false);
          }}
        >
          <p>Nobody can start it any more, and it leaves this list. Runs and drills already made with it keep it in their history.</p>
        </ConfirmDialog>
      )}
      </article>
    </li>
  );
}
