"use client";

import { useState } from "react";
import { Card } from "@/components/ui/Card";
import { SelectField } from "@/components/ui/Field";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useRollbackPlanQuery, useRollbackPlanTemplatesQuery, type RollbackPlan } from "@/lib/client/queries/rollback-plans";
import { PLAN_TYPE_LABELS } from "@/lib/domain/rollback/plan";
import { useRunbookScriptsQuery } from "@/lib/client/queries/runbook-scripts";
import type { Service } from "@/lib/client/schemas/services";
import { draftFromPlan, type PlanDraft } from "./plan-draft";
import { PlanPreviewPanel } from "./PlanPreviewPanel";
import { PlanStepList } from "./PlanStepList";
import { RollbackPlanForm } from "./RollbackPlanForm";
import type { ScriptChoices } from "./ScriptPicker";
import { ServiceFrame } from "./ServiceFrame";

type RollbackPlanEditorPageProps = {
  serviceRef: string;
  /** null: a new plan. */
  planId: string | null;
  /** Admins (runbooks.manage) edit; everyone else reads the plan. */
  canEdit: boolean;
  canPreview: boolean;
};

const backToPlans = (service: Service) => ({ href: `/services/${encodeURIComponent(service.slug)}/plans`, label: `${service.name}: rollback plans` });

/** The plan editor (admins) or the plan as it is (everyone else), under a link back to the service's plans. */
export function RollbackPlanEditorPage({ serviceRef, planId, canEdit, canPreview }: RollbackPlanEditorPageProps) {
  return (
    <ServiceFrame serviceRef={serviceRef} back={backToPlans}>
      {(service) =>
        planId === null ? (
          <>
            <PageHeader title="New rollback plan" description={`A rollback of ${service.name}, as steps the commander runs in order.`} />
            <NewPlanEditor service={service} />
          </>
        ) : (
          <SavedPlan service={service} planId={planId} canEdit={canEdit} canPreview={canPreview} />
        )
      }
    </ServiceFrame>
  );
}

function SavedPlan({ service, planId, canEdit, canPreview }: { service: Service; planId: string; canEdit: boolean; canPreview: boolean }) {
  const query = useRollbackPlanQuery(planId);
  if (query.isPending) return <LoadingState label="Loading the plan…" />;
  if (query.isLoadingError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { plan } = query.data;
  if (plan.serviceId !== service.id) {
    return <PageHeader title="Plan not found" description={`${service.name} has no plan with this id. Pick one from its list of rollback plans.`} />;
  }
  const preview = canPreview && (
    <Card title="Preview the saved version">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">Asks each step&apos;s target what it would do now, with a dry run where the target has one. Unsaved changes are not part of it.</p>
      <PlanPreviewPanel planId={plan.id} planName={plan.name} />
    </Card>
  );

  if (!canEdit) {
    return (
      <>
        <PageHeader title={plan.name} description={plan.description ?? "Only admins change rollback plans."} />
        <div className="flex flex-col gap-6">
          <Card title="Steps">
            <PlanStepList steps={plan.steps} label={`Steps of ${plan.name}`} />
          </Card>
          {preview}
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader title={`Edit “${plan.name}”`} description={`Version ${plan.version}. Saving makes version ${plan.version + 1}; runs already started keep the steps they started with.`} />
      <div className="flex flex-col gap-6">
        <EditorForm
          service={service}
          saved={plan}
          latest={plan}
          onReload={async () => {
            const result = await query.refetch({ throwOnError: true });
            return result.data?.plan ?? null;
          }}
        />
        {preview}
      </div>
    </>
  );
}

/** A new plan starts blank or from a built-in template (the seeds' procedures, filled in for this service). */
function NewPlanEditor({ service }: { service: Service }) {
  const templates = useRollbackPlanTemplatesQuery(service.slug);
  const [choice, setChoice] = useState("blank");
  const list = templates.data?.templates ?? [];
  const template = choice === "blank" ? undefined : list[Number(choice)];
  return (
    <div className="flex flex-col gap-4">
      <SelectField
        label="Start from"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        hint={templates.isPending ? "Loading the built-in templates…" : "Built-in templates follow the rollback runbooks; edit anything before saving."}
        options={[{ value: "blank", label: "A blank plan" }, ...list.map((entry, index) => ({ value: String(index), label: `${PLAN_TYPE_LABELS[entry.type]}: ${entry.name}` }))]}
      />
      <EditorForm key={choice} service={service} saved={null} latest={null} onReload={() => Promise.resolve(null)} initial={template ? draftFromPlan(template) : undefined} />
    </div>
  );
}

type EditorFormProps = { service: Service; saved: RollbackPlan | null; latest: RollbackPlan | null; onReload: () => Promise<RollbackPlan | null>; initial?: PlanDraft };

/** Keeps the first saved version as the draft's start: background refreshes only show up as "someone changed this plan". */
function EditorForm({ service, saved, latest, onReload, initial }: EditorFormProps) {
  const scriptsQuery = useRunbookScriptsQuery();
  const scripts: ScriptChoices = scriptsQuery.isPending ? "loading" : scriptsQuery.isError ? "unavailable" : scriptsQuery.data.scripts.map(({ id, name }) => ({ id, name }));
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <RollbackPlanForm serviceSlug={service.slug} saved={saved} latest={latest} onReload={onReload} scripts={scripts} initial={initial} />
    </div>
  );
}
