"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { RowError } from "@/components/ui/RowError";
import { formatDateTime } from "@/lib/client/format";
import { useDeleteHealthSourceMutation } from "@/lib/client/mutations/useDeleteHealthSourceMutation";
import { useTestHealthSourceMutation } from "@/lib/client/mutations/useTestHealthSourceMutation";
import { useUpdateHealthSourceMutation } from "@/lib/client/mutations/useUpdateHealthSourceMutation";
import type { HealthSource } from "@/lib/client/schemas/health";
import { HEALTH_SOURCE_KIND_LABELS } from "@/lib/domain/health/health-source-config";
import { HealthSourceForm } from "./HealthSourceForm";
import { configFromDraft, draftFromSource, numberInput } from "./source-draft";
import { TestSampleResult } from "./TestSampleResult";

type HealthSourceCardProps = { source: HealthSource; serviceRef: string; serviceSlug: string };

export function HealthSourceCard({ source, serviceRef, serviceSlug }: HealthSourceCardProps) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateHealthSourceMutation(serviceRef, source.id);
  const remove = useDeleteHealthSourceMutation(serviceRef, source.id);
  const test = useTestHealthSourceMutation(source.id);
  const target = typeof source.config.url === "string" ? source.config.url : typeof source.config.serverUrl === "string" ? source.config.serverUrl : null;
  const failing = source.consecutiveFailures > 0;

  function confirmDelete() {
    if (!window.confirm(`Delete the health source “${source.name}”? Its samples go with it; the per-minute history stays.`)) return;
    remove.mutate();
  }

  return (
    <li data-testid="health-source" className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold break-words text-slate-900 dark:text-white">{source.name}</h3>
        <Badge tone="info">{HEALTH_SOURCE_KIND_LABELS[source.kind]}</Badge>
        {source.enabled ? <Badge tone="success">Collecting</Badge> : <Badge>Paused</Badge>}
        {failing && <Badge tone="danger">{source.consecutiveFailures === 1 ? "Last check failed" : `${source.consecutiveFailures} failures in a row`}</Badge>}
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {target && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Target</dt>
            <dd className="min-w-0 font-mono text-xs leading-5 break-all text-slate-900 dark:text-slate-100">{target}</dd>
          </>
        )}
        <dt className="text-slate-600 dark:text-slate-400">Every</dt>
        <dd className="text-slate-900 dark:text-slate-100">{source.intervalSeconds} s</dd>
        <dt className="text-slate-600 dark:text-slate-400">Last collected</dt>
        <dd className="text-slate-900 dark:text-slate-100">
          {source.lastCollectedAt ? <time dateTime={source.lastCollectedAt}>{formatDateTime(source.lastCollectedAt)}</time> : "Not yet"}
        </dd>
      </dl>
      {failing && source.lastError && (
        <p className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm break-words text-red-950 dark:bg-red-950 dark:text-red-100">
          <span className="font-semibold">Last error:</span> {source.lastError}
        </p>
      )}

      {editing ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <HealthSourceForm
            // A 409 refetches the source: the form starts again from what is saved now.
            key={source.version}
            label={`Edit ${source.name}`}
            initial={draftFromSource(source, serviceSlug)}
            serviceSlug={serviceSlug}
            editing
            submitLabel="Save source"
            pendingLabel="Saving…"
            pending={update.isPending}
            error={update.error}
            onSubmit={(draft) =>
              update.mutate(
                { version: source.version, name: draft.name.trim(), intervalSeconds: numberInput(draft.intervalSeconds), config: configFromDraft(draft) },
                { onSuccess: () => setEditing(false) },
              )
            }
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
          />
        </div>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" pending={test.isPending} pendingLabel="Testing…" onClick={() => test.mutate()}>
              Test now<span className="sr-only"> {source.name}</span>
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> {source.name}</span>
            </Button>
            <Button
              variant="secondary"
              size="sm"
              pending={update.isPending}
              pendingLabel={source.enabled ? "Pausing…" : "Resuming…"}
              onClick={() => update.mutate({ version: source.version, enabled: !source.enabled })}
            >
              {source.enabled ? "Pause" : "Resume"}
              <span className="sr-only"> {source.name}</span>
            </Button>
            <Button variant="danger" size="sm" pending={remove.isPending} pendingLabel="Deleting…" onClick={confirmDelete}>
              Delete<span className="sr-only"> {source.name}</span>
            </Button>
          </div>
          {update.isError && <RowError error={update.error} />}
          {remove.isError && <RowError error={remove.error} />}
        </>
      )}
      <div className="mt-3 empty:hidden" aria-live="polite">
        {test.isError && <RowError error={test.error} />}
        {test.isSuccess && <TestSampleResult sample={test.data.sample} />}
      </div>
    </li>
  );
}
