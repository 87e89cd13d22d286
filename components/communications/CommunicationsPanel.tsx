"use client";

import { Panel } from "@/components/incidents/detail/Panel";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useIncidentMessagesQuery } from "@/lib/client/queries/communications";
import { useLiveIncidentMessages } from "@/lib/client/realtime/useLiveIncidentMessages";
import { MessageComposer } from "./MessageComposer";
import { MessageHistory } from "./MessageHistory";

/**
 * The seeds' messages for this incident: pick a template, read it filled with
 * the incident's facts, edit, copy or send it, and see what was sent.
 */
export function CommunicationsPanel({ incidentRef, incidentId, canSend }: { incidentRef: string; incidentId: string; canSend: boolean }) {
  useLiveIncidentMessages(incidentRef, incidentId);
  const query = useIncidentMessagesQuery(incidentRef);

  return (
    <Panel id="communications" title="Communications">
      {query.isPending ? (
        <LoadingState label="Loading the messages…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <MessageComposer incidentRef={incidentRef} templates={query.data.templates} canSend={canSend} />
          <MessageHistory messages={query.data.messages} />
        </div>
      )}
    </Panel>
  );
}
