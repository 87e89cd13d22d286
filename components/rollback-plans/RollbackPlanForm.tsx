"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button, buttonClasses } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { SelectField, TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import { useCreateRollbackPlanMutation, useUpdateRollbackPlanMutation } from "@/lib/client/mutations/rollback-plans";
import type { RollbackPlan } from "@/lib/client/queries/rollback-plans";
import { PLAN_TYPE_LABELS, PLAN_TYPES, type PlanType } from "@/lib/domain/rollback/plan";
import { draftFromPlan, newPlanDraft, planBodyOf, samePlan, type PlanDraft } from "./plan-draft";
import { firstPlanErrorKey, NO_PLAN_ERRORS, placePlanProblems, planErrorKey, type PlanErrors } from "./plan-errors";
import { PlanConflictNotice } from "./PlanConflictNotice";
import { PlanStepFieldset } from "./PlanStepFieldset";
import type { ScriptChoices } from "./ScriptPicker";
import { TextAreaField } from "./TextAreaField";
import { usePlanEditing } from "./usePlanEditing";
import { VerificationFields } from "./VerificationFields";

const NOTICE = "notice";
const TYPE_OPTIONS = PLAN_TYPES.map((type) => ({ value: type, label: PLAN_TYPE_LABELS[type] }));

type RollbackPlanFormProps = {
  serviceSlug: string;
  /** The saved plan this draft starts from; null for a new plan. */
  saved: RollbackPlan | null;
  /** A new plan's starting point (a built-in template); a blank plan without it. */
  initial?: PlanDraft;
  /** The plan as the server has it now (refreshed in the background); a newer version means someone else saved. */
  latest: RollbackPlan | null;
  onReload: () => Promise<RollbackPlan | null>;
  scripts: ScriptChoices;
};

/**
 * Creates a plan or replaces one. The server validates everything, each
 * step's params against its kind included; each problem it names is shown
 * next to its input.
 */
export function RollbackPlanForm({ serviceSlug, saved, latest, onReload, scripts, initial }: RollbackPlanFormProps) {
  const router = useRouter();
  const formId = useId();
  const elementId = (key: string) => `${formId}-${key}`;
  const create = useCreateRollbackPlanMutation(serviceSlug);
  const update = useUpdateRollbackPlanMutation(saved?.id ?? "new");
  const mutation = saved ? update : create;
  const [base, setBase] = useState(saved);
  const [baseDraft, setBaseDraft] = useState<PlanDraft>(() => (saved ? draftFromPlan(saved) : (initial ?? newPlanDraft())));
  const [draft, setDraft] = useState<PlanDraft>(baseDraft);
  const [errors, setErrors] = useState<PlanErrors>(NO_PLAN_ERRORS);
  /** A refused save's problems that no input stands for, and the fields shown inline instead. */
  const [failure, setFailure] = useState<{ error: unknown; shownInline: string[] } | null>(null);
  const [refused, setRefused] = useState(false);
  const [reloading, setReloading] = useState(false);
  const editing = usePlanEditing({ draft, setDraft, setErrors, elementId });

  const dirty = !samePlan(draft, baseDraft);
  const newer = refused || (!mutation.isPending && base !== null && latest !== null && latest.version > base.version);
  const placedCount = Object.keys(errors.byKey).length;
  const listHref = `/services/${encodeURIComponent(serviceSlug)}/plans`;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  async function reload() {
    setReloading(true);
    let current: RollbackPlan | null;
    try {
      current = await onReload();
    } catch (error) {
      setFailure({ error, shownInline: [] });
      return;
    } finally {
      setReloading(false);
    }
    if (!current) return;
    const fresh = draftFromPlan(current);
    setBase(current);
    setBaseDraft(fresh);
    setDraft(fresh);
    setErrors(NO_PLAN_ERRORS);
    setFailure(null);
    setRefused(false);
    editing.focusNext(planErrorKey.name);
  }

  function showProblems(placed: PlanErrors, submitted: PlanDraft) {
    setErrors(placed);
    editing.focusNext(firstPlanErrorKey(placed, submitted) ?? NOTICE);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setRefused(false);
    const submitted = draft;
    const { body, problems } = planBodyOf(submitted);
    if (!body) return showProblems(placePlanProblems(problems, submitted), submitted);
    const onSuccess = ({ plan }: { plan: RollbackPlan }) => router.push(`${listHref}?saved=${encodeURIComponent(plan.id)}`);
    const onError = (error: Error) => {
      if (error instanceof ApiError && error.status === 409 && error.details.length === 0) {
        setRefused(true);
        editing.focusNext(NOTICE);
        return;
      }
      const placed = error instanceof ApiError && (error.status === 400 || error.status === 409) ? placePlanProblems(error.details, submitted) : NO_PLAN_ERRORS;
      if (placed.unplaced.length > 0 || Object.keys(placed.byKey).length === 0) {
        const unplaced = new Set(placed.unplaced.map((problem) => problem.field));
        setFailure({ error, shownInline: error instanceof ApiError ? error.details.map((problem) => problem.field).filter((field) => !unplaced.has(field)) : [] });
      }
      showProblems(placed, submitted);
    };
    if (base) update.mutate({ ...body, version: base.version }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-label={saved ? `Edit ${saved.name}` : "New rollback plan"} className="flex flex-col gap-6">
      <div id={elementId(NOTICE)} tabIndex={-1} className="flex flex-col gap-3 empty:hidden focus:outline-none">
        {newer && <PlanConflictNotice refused={refused} reloading={reloading} onReload={() => void reload()} />}
        {placedCount > 0 && (
          <Alert tone="error" title="Not saved: fix the problems marked below">
            <p>{placedCount === 1 ? "One field needs" : `${placedCount} fields need`} your attention.</p>
          </Alert>
        )}
        {failure !== null && <ErrorAlert error={failure.error} fields={failure.shownInline} />}
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={elementId(planErrorKey.type)}
          label="Type"
          hint="Which of the service's rollbacks this is: the decision's outcome picks a plan by type."
          options={TYPE_OPTIONS}
          value={draft.type}
          onChange={(event) => editing.setPlanField("type", event.target.value as PlanType)}
          error={errors.byKey[planErrorKey.type]}
        />
        <TextField
          id={elementId(planErrorKey.name)}
          label="Plan name"
          required
          maxLength={120}
          autoComplete="off"
          placeholder="Roll back to the previous release"
          value={draft.name}
          onChange={(event) => editing.setPlanField("name", event.target.value)}
          error={errors.byKey[planErrorKey.name]}
        />
      </div>
      <TextAreaField
        id={elementId(planErrorKey.description)}
        label="Description"
        optional
        rows={3}
        maxLength={4000}
        hint="When to use this plan, and what it does not cover."
        value={draft.description}
        onChange={(event) => editing.setPlanField("description", event.target.value)}
        error={errors.byKey[planErrorKey.description]}
      />

      <section aria-labelledby={elementId("steps-heading")} className="flex flex-col gap-3">
        <h2 id={elementId("steps-heading")} className="text-base font-semibold text-slate-900 dark:text-white">
          Steps, in order
        </h2>
        <ol className="flex flex-col gap-4">
          {draft.steps.map((step, index) => (
            <PlanStepFieldset
              key={step.id}
              step={step}
              position={index + 1}
              count={draft.steps.length}
              errors={errors}
              elementId={elementId}
              editing={editing.editingOf(index)}
              scripts={scripts}
            />
          ))}
        </ol>
        <div>
          {errors.byKey[planErrorKey.steps] && (
            <p id={`${elementId(planErrorKey.steps)}-error`} className="mb-2 text-sm font-medium text-red-700 dark:text-red-300">
              {errors.byKey[planErrorKey.steps]}
            </p>
          )}
          <Button
            id={elementId(planErrorKey.steps)}
            variant="secondary"
            onClick={editing.addStep}
            aria-describedby={errors.byKey[planErrorKey.steps] ? `${elementId(planErrorKey.steps)}-error` : undefined}
          >
            Add a step
          </Button>
        </div>
      </section>

      <VerificationFields
        windowSeconds={draft.windowSeconds}
        checksText={draft.checksText}
        errors={errors}
        elementId={elementId}
        onChange={(field, value) => editing.setPlanField(field, value)}
      />

      {/* Stays in view at the bottom of the screen while a long plan scrolls by. */}
      <div className="sticky bottom-0 -mx-4 -mb-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white px-4 py-3 sm:-mx-6 sm:-mb-6 sm:px-6 dark:border-slate-800 dark:bg-slate-900">
        <Button type="submit" pending={mutation.isPending} pendingLabel="Saving…">
          {saved ? "Save plan" : "Create plan"}
        </Button>
        <Link href={listHref} className={buttonClasses("ghost")}>
          Cancel
        </Link>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {dirty ? "Unsaved changes" : ""}
        </p>
      </div>
      <p role="status" className="sr-only">
        {editing.announcement}
      </p>
    </form>
  );
}
