"use client";

import { useState } from "react";
import { Panel } from "@/components/incidents/detail/Panel";
import { Button } from "@/components/ui/Button";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useCreateHealthSourceMutation } from "@/lib/client/mutations/useCreateHealthSourceMutation";
import { useHealthSourcesQuery } from "@/lib/client/queries/useHealthSourcesQuery";
import { HealthSourceCard } from "./HealthSourceCard";
import { HealthSourceForm } from "./HealthSourceForm";
import { configFromDraft, newSourceDraft, numberInput } from "./source-draft";

/** Where Rewind gets a service's figures: probes, /metrics scrapes and Prometheus queries. */
export function HealthSourcesSection({ serviceRef, serviceSlug }: { serviceRef: string; serviceSlug: string }) {
  const query = useHealthSourcesQuery(serviceRef);
  const create = useCreateHealthSourceMutation(serviceRef);
  const [adding, setAdding] = useState(false);

  return (
    <Panel
      id="health-sources"
      title="Health sources"
      actions={
        !adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            Add a health source
          </Button>
        )
      }
    >
      <p className="mb-4 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        An HTTP probe says whether the service answers; a /metrics scrape or a Prometheus query also gives its error rate, p95 latency and request
        rate. “Test now” collects once from the saved settings.
      </p>
      {adding && (
        <div className="mb-4 rounded-lg border border-indigo-200 p-4 dark:border-indigo-900">
          <HealthSourceForm
            label="Add a health source"
            initial={newSourceDraft("http_probe", serviceSlug)}
            serviceSlug={serviceSlug}
            editing={false}
            submitLabel="Add source"
            pendingLabel="Adding…"
            pending={create.isPending}
            error={create.error}
            onSubmit={(draft) =>
              create.mutate(
                { kind: draft.kind, name: draft.name.trim(), intervalSeconds: numberInput(draft.intervalSeconds), enabled: true, config: configFromDraft(draft) },
                { onSuccess: () => setAdding(false) },
              )
            }
            onCancel={() => {
              create.reset();
              setAdding(false);
            }}
          />
        </div>
      )}
      {query.isPending ? (
        <LoadingState label="Loading health sources…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.sources.length === 0 ? (
        !adding && <p className="text-sm text-slate-700 dark:text-slate-300">No sources yet: add one and the service’s charts fill in within seconds.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {query.data.sources.map((source) => (
            <HealthSourceCard key={source.id} source={source} serviceRef={serviceRef} serviceSlug={serviceSlug} />
          ))}
        </ul>
      )}
    </Panel>
  );
}
