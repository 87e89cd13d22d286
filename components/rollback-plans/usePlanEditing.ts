"use client";

import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { moveEntry } from "@/components/settings/checklist-templates/template-draft";
import type { ActionKind } from "@/lib/domain/rollback/action-kinds";
import { newStep, withKind, type PlanDraft, type StepDraft } from "./plan-draft";
import { planErrorKey, withoutPlanError, type PlanErrors, type StepField } from "./plan-errors";

type PlanEditingOptions = {
  draft: PlanDraft;
  setDraft: Dispatch<SetStateAction<PlanDraft>>;
  setErrors: Dispatch<SetStateAction<PlanErrors>>;
  elementId: (key: string) => string;
};

export type StepEditing = {
  change: (field: StepField, patch: Partial<Omit<StepDraft, "id">>) => void;
  setKind: (kind: ActionKind) => void;
  move: (offset: -1 | 1) => void;
  remove: () => void;
};

type PlanField = "type" | "name" | "description" | "windowSeconds" | "checks";

const DRAFT_FIELD: Record<PlanField, keyof PlanDraft> = { type: "type", name: "name", description: "description", windowSeconds: "windowSeconds", checks: "checksText" };

/**
 * The editor's inputs and buttons as operations on the draft. A button that
 * moves, adds or removes a step also says where keyboard focus goes next
 * (the element that had it may be gone or disabled) and tells screen
 * readers what happened, as the checklist template editor does.
 */
export function usePlanEditing({ draft, setDraft, setErrors, elementId }: PlanEditingOptions) {
  const [announcement, setAnnouncement] = useState("");
  const pendingFocus = useRef<string | null>(null);

  // After every render: the steps a focus request names exist by now.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const focusNext = (key: string) => {
    pendingFocus.current = elementId(key);
  };

  const setPlanField = (field: PlanField, value: string) => {
    setDraft((current) => ({ ...current, [DRAFT_FIELD[field]]: value }));
    setErrors((errors) => withoutPlanError(errors, planErrorKey[field]));
  };

  const addStep = () => {
    const step = newStep();
    setDraft((current) => ({ ...current, steps: [...current.steps, step] }));
    setErrors((errors) => withoutPlanError(errors, planErrorKey.steps));
    focusNext(planErrorKey.stepField(step.id, "name"));
    setAnnouncement(`Step ${draft.steps.length + 1} added`);
  };

  function editingOf(index: number): StepEditing {
    const step = draft.steps[index];
    if (!step) throw new Error(`No step at ${index}`);
    const count = draft.steps.length;
    const update = (change: (entry: StepDraft) => StepDraft) =>
      setDraft((current) => ({ ...current, steps: current.steps.map((entry) => (entry.id === step.id ? change(entry) : entry)) }));

    return {
      change: (field, patch) => {
        update((entry) => ({ ...entry, ...patch }));
        setErrors((errors) => withoutPlanError(withoutPlanError(errors, planErrorKey.stepField(step.id, field)), planErrorKey.step(step.id)));
      },
      setKind: (kind) => {
        update((entry) => withKind(entry, kind));
        setErrors((errors) => withoutPlanError(withoutPlanError(errors, planErrorKey.stepField(step.id, "kind")), planErrorKey.stepField(step.id, "params")));
      },
      move: (offset) => {
        const to = index + offset;
        setDraft((current) => ({ ...current, steps: moveEntry(current.steps, index, offset) }));
        // The same button again, unless the step reached the end where that button is disabled.
        const direction = to === 0 ? "down" : to === count - 1 ? "up" : offset === -1 ? "up" : "down";
        focusNext(`${step.id}.${direction}`);
        setAnnouncement(`Step moved to position ${to + 1} of ${count}`);
      },
      remove: () => {
        setDraft((current) => ({ ...current, steps: current.steps.filter((entry) => entry.id !== step.id) }));
        const neighbour = draft.steps[index + 1] ?? draft.steps[index - 1];
        focusNext(neighbour ? planErrorKey.stepField(neighbour.id, "name") : planErrorKey.steps);
        setAnnouncement(`Step ${index + 1}${step.name.trim() ? `, ${step.name.trim()},` : ""} removed`);
      },
    };
  }

  return { setPlanField, addStep, editingOf, announcement, focusNext };
}
