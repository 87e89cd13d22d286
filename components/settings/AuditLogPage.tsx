"use client";

import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { DataTable, TD_CLASSES } from "@/components/ui/DataTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { formatDateTime } from "@/lib/client/format";
import { useAuditEventsQuery } from "@/lib/client/queries/useAuditEventsQuery";
import { useLiveAuditEvents } from "@/lib/client/realtime/useLiveAuditEvents";
import type { AuditEvent } from "@/lib/client/schemas/audit-events";

const COLUMNS = ["Time", "Actor", "Action", "Target"];

export function AuditLogPage() {
  const query = useAuditEventsQuery();
  const liveError = useLiveAuditEvents();
  const events = query.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <>
      <PageHeader title="Audit log" description="Every change to users, tokens, services and incidents, newest first. New events appear as they happen." />
      <div className="flex flex-col gap-4">
        {liveError && (
          <Alert tone="warning" title="Live updates are off">
            <p>{liveError}</p>
            <p className="mt-1">Reload the page to see new events.</p>
          </Alert>
        )}
        {query.isPending ? (
          <LoadingState label="Loading audit events…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : events.length === 0 ? (
          <EmptyState
            title="No audit events yet"
            description="Sign-ins, user and role changes, API tokens and every incident action are recorded here as they happen."
          />
        ) : (
          <>
            <DataTable label="Audit events" caption="Audit events, newest first" columns={COLUMNS}>
              {events.map((event) => (
                <AuditEventRow key={event.id} event={event} />
              ))}
            </DataTable>
            {query.isFetchNextPageError && <ErrorAlert error={query.error} />}
            {query.hasNextPage ? (
              <div>
                <Button variant="secondary" pending={query.isFetchingNextPage} pendingLabel="Loading…" onClick={() => void query.fetchNextPage()}>
                  Load more
                </Button>
              </div>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">That is the oldest event.</p>
            )}
          </>
        )}
      </div>
    </>
  );
}

function AuditEventRow({ event }: { event: AuditEvent }) {
  return (
    <tr>
      <td className={`${TD_CLASSES} min-w-32`}>
        <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
      </td>
      <td className={TD_CLASSES}>
        <span className="flex flex-wrap items-center gap-2">
          {event.actor.name}
          {event.actor.kind !== "user" && <Badge>{event.actor.kind === "token" ? "API token" : "System"}</Badge>}
        </span>
      </td>
      <td className={TD_CLASSES}>
        <code className="font-mono text-xs">{event.action}</code>
      </td>
      <td className={TD_CLASSES}>
        {event.targetType}
        {payloadSummary(event.payload) && <span className="block text-xs text-slate-700 dark:text-slate-300">{payloadSummary(event.payload)}</span>}
        {event.targetId && <span className="block font-mono text-xs break-all text-slate-600 dark:text-slate-400">{event.targetId}</span>}
      </td>
    </tr>
  );
}

/** The plain values of an event's payload (name, email, role…), for reading at a glance. */
function payloadSummary(payload: unknown): string {
  if (typeof payload !== "object" || payload === null) return "";
  return Object.entries(payload)
    .filter((entry): entry is [string, string | number | boolean] => ["string", "number", "boolean"].includes(typeof entry[1]))
    .map(([key, value]) => `${key}: ${value}`)
    .join(" · ");
}
