"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { formatDateTime } from "@/lib/client/format";
import { useTimelineQuery } from "@/lib/client/queries/useTimelineQuery";
import type { TimelineEvent } from "@/lib/client/schemas/incidents";
import { Panel } from "../detail/Panel";
import { SegmentedControl } from "../SegmentedControl";

/** Filters by kind prefix (docs/api.md: `kind` takes a comma-separated list of prefixes). */
const FILTERS = [
  { value: "", label: "All" },
  { value: "incident.declared,incident.status_changed", label: "Status" },
  { value: "decision.", label: "Decision" },
  { value: "checklist.", label: "Checklist" },
  { value: "participant.", label: "Participants" },
] as const;
type Filter = (typeof FILTERS)[number]["value"];

export function TimelinePanel({ incidentRef }: { incidentRef: string }) {
  const [filter, setFilter] = useState<Filter>("");
  const query = useTimelineQuery(incidentRef, filter);
  const events = query.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <Panel id="timeline" title="Timeline">
      <SegmentedControl label="Show events" options={FILTERS} value={filter} onChange={setFilter} />
      <div className="mt-4">
        {query.isPending ? (
          <LoadingState label="Loading the timeline…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : events.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {filter ? "No events of this kind yet. Choose All to see everything." : "No events yet. Every change to the incident is recorded here as it happens."}
          </p>
        ) : (
          <>
            <ol aria-label="Timeline events, newest first" className="flex flex-col">
              {events.map((event) => (
                <TimelineRow key={event.id} event={event} />
              ))}
            </ol>
            {query.isFetchNextPageError && <ErrorAlert error={query.error} />}
            {query.hasNextPage ? (
              <div className="mt-3">
                <Button variant="secondary" pending={query.isFetchingNextPage} pendingLabel="Loading…" onClick={() => void query.fetchNextPage()}>
                  Load more
                </Button>
              </div>
            ) : (
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">That is the first event.</p>
            )}
          </>
        )}
      </div>
    </Panel>
  );
}

function TimelineRow({ event }: { event: TimelineEvent }) {
  return (
    <li className="relative border-l-2 border-slate-200 pb-4 pl-4 last:pb-0 dark:border-slate-700">
      <span aria-hidden="true" className="absolute top-1.5 -left-[5px] size-2 rounded-full bg-indigo-600 dark:bg-indigo-400" />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time> · {event.actor.name}
        {event.actor.kind !== "user" && (
          <span className="ml-1">
            <Badge>{event.actor.kind === "token" ? "API token" : "System"}</Badge>
          </span>
        )}
      </p>
      <p className="text-sm break-words text-slate-900 dark:text-slate-100">{event.summary}</p>
      <p className="font-mono text-xs text-slate-600 dark:text-slate-400">{event.kind}</p>
    </li>
  );
}
