"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { ApiError } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { StaleChecklistTemplateError, usePublishChecklistTemplateMutation } from "@/lib/client/mutations/usePublishChecklistTemplateMutation";
import type { ChecklistTemplateVersion } from "@/lib/client/schemas/checklist-templates";
import { ChecklistGroupFieldset } from "./ChecklistGroupFieldset";
import { errorKey, firstErrorKey, NO_ERRORS, placeProblems, type DraftErrors } from "./draft-errors";
import { ConflictNotice, PublishedNotice, type Published } from "./PublishNotices";
import { contentOf, draftFrom, sameContent, type Draft } from "./template-draft";
import { useDraftEditing } from "./useDraftEditing";

const NOTICE = "notice";

/**
 * Edits one template, starting from its active version, and publishes the
 * result as the next version. The server validates the content; each problem
 * it names is shown next to its input.
 */
export function ChecklistTemplateForm({ templateKey, active }: { templateKey: string; active: ChecklistTemplateVersion }) {
  const formId = useId();
  const elementId = (key: string) => `${formId}-${key}`;
  const mutation = usePublishChecklistTemplateMutation(templateKey);
  /** The version the draft started from. */
  const [base, setBase] = useState(active);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(active.content));
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [published, setPublished] = useState<Published | null>(null);
  const [refusedFor, setRefusedFor] = useState<ChecklistTemplateVersion | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [unchanged, setUnchanged] = useState(false);
  const editing = useDraftEditing({ draft, setDraft, setErrors, elementId });

  const dirty = !sameContent(draft, base.content);
  // A refresh of the active version (window focus, another tab's publish) can reveal a newer one before any publish.
  const newer = refusedFor ?? (!mutation.isPending && active.version > base.version ? active : null);
  const placedCount = Object.keys(errors.byKey).length;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function startOver(from: ChecklistTemplateVersion) {
    setBase(from);
    setDraft(draftFrom(from.content));
    setErrors(NO_ERRORS);
    setRefusedFor(null);
    setFailure(null);
    setUnchanged(false);
  }

  function publish(baseVersion: number) {
    setPublished(null);
    setRefusedFor(null);
    setFailure(null);
    setUnchanged(false);
    if (!dirty && baseVersion === base.version) {
      setUnchanged(true);
      return;
    }
    const submitted = draft;
    mutation.mutate(
      { content: contentOf(submitted), baseVersion },
      {
        onSuccess: ({ template, overtaken }) => {
          startOver(template);
          setPublished({ version: template.version, overtaken });
          editing.focusNext(NOTICE);
        },
        onError: (error) => {
          if (error instanceof StaleChecklistTemplateError) {
            setRefusedFor(error.current);
            editing.focusNext(NOTICE);
            return;
          }
          const placed = error instanceof ApiError && error.status === 400 ? placeProblems(error.details, submitted) : NO_ERRORS;
          setErrors(placed);
          if (placed.unplaced.length > 0 || Object.keys(placed.byKey).length === 0) setFailure(error);
          editing.focusNext(firstErrorKey(placed, submitted) ?? NOTICE);
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    publish(base.version);
  }

  function publishOver(current: ChecklistTemplateVersion) {
    setBase(current);
    publish(current.version);
  }

  return (
    <Card title={`Edit “${base.content.name}”`}>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        You are editing version <strong className="font-semibold text-slate-900 dark:text-white">{base.version}</strong>, published{" "}
        <time dateTime={base.createdAt}>{formatDateTime(base.createdAt)}</time>. Publishing creates version {base.version + 1}: checklists created from then on use it,
        and incidents that already have this checklist keep theirs.
      </p>
      <div id={elementId(NOTICE)} tabIndex={-1} className="mt-4 flex flex-col gap-3 empty:hidden focus:outline-none">
        {published && <PublishedNotice published={published} />}
        {newer && (
          <ConflictNotice
            current={newer}
            baseVersion={base.version}
            refused={refusedFor !== null}
            publishing={mutation.isPending}
            onLoadCurrent={() => {
              startOver(newer);
              editing.focusNext(errorKey.name);
            }}
            onPublishAnyway={() => publishOver(newer)}
          />
        )}
        {placedCount > 0 && (
          <Alert tone="error" title="Not published: fix the problems marked below">
            <p>
              {placedCount === 1 ? "One field needs" : `${placedCount} fields need`} your attention. Nothing was published; the active version is still {base.version}.
            </p>
          </Alert>
        )}
        {failure !== null && <ErrorAlert error={failure} fields={[]} />}
      </div>
      <form noValidate onSubmit={onSubmit} className="mt-4 flex flex-col gap-4">
        <TextField
          id={elementId(errorKey.name)}
          label="Checklist name"
          hint="The heading of the checklist on the incident page."
          required
          maxLength={120}
          autoComplete="off"
          value={draft.name}
          onChange={(event) => editing.setName(event.target.value)}
          error={errors.byKey[errorKey.name]}
        />
        {draft.groups.map((group, index) => (
          <ChecklistGroupFieldset
            key={group.id}
            group={group}
            position={index + 1}
            count={draft.groups.length}
            errors={errors}
            elementId={elementId}
            editing={editing.editingOf(index)}
          />
        ))}
        <div>
          {errors.byKey[errorKey.groups] && (
            <p id={`${elementId(errorKey.groups)}-error`} className="mb-2 text-sm font-medium text-red-700 dark:text-red-300">
              {errors.byKey[errorKey.groups]}
            </p>
          )}
          <Button
            id={elementId(errorKey.groups)}
            variant="secondary"
            onClick={editing.addGroup}
            aria-describedby={errors.byKey[errorKey.groups] ? `${elementId(errorKey.groups)}-error` : undefined}
          >
            Add a group
          </Button>
        </div>
        {/* Stays in view at the bottom of the screen while a long template scrolls by. */}
        <div className="sticky bottom-0 -mx-4 -mb-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white px-4 py-3 sm:-mx-6 sm:-mb-6 sm:px-6 dark:border-slate-800 dark:bg-slate-900">
          <Button type="submit" pending={mutation.isPending} pendingLabel="Publishing…">
            Publish new version
          </Button>
          {dirty && (
            <Button variant="ghost" onClick={() => startOver(base)}>
              Discard changes
            </Button>
          )}
          <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
            {unchanged ? `Nothing to publish: this is version ${base.version} as it is.` : dirty ? "Unpublished changes" : ""}
          </p>
        </div>
      </form>
      <p role="status" className="sr-only">
        {editing.announcement}
      </p>
    </Card>
  );
}
