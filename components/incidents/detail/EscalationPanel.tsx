"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { formatClock } from "@/lib/client/durations";
import { escalationStoppedAt } from "@/lib/client/incident-clock";
import { AVAILABILITY_LABELS, escalationLevelLabel } from "@/lib/client/incident-labels";
import { useEscalationContactsQuery } from "@/lib/client/queries/useEscalationContactsQuery";
import type { EscalationContact } from "@/lib/client/schemas/escalation-contacts";
import type { Incident } from "@/lib/client/schemas/incidents";
import { useNow } from "@/lib/client/use-now";
import { budgetState, ESCALATION_PATH, escalationState } from "@/lib/domain/incidents/time-budget";
import { Panel } from "./Panel";

/** Seed 004's escalation path against the incident's age: who to engage now, who is next and when. */
export function EscalationPanel({ incident }: { incident: Incident }) {
  const now = useNow(1000);
  const contactsQuery = useEscalationContactsQuery();
  const stoppedAt = escalationStoppedAt(incident);
  // budgetState also clamps and stops the clock; only its elapsed time is used here.
  const { elapsedSeconds } = budgetState(incident.severity, new Date(incident.detectedAt), new Date(now), stoppedAt);
  const state = escalationState(incident.severity, elapsedSeconds);
  const contacts = contactsQuery.data?.contacts ?? [];

  return (
    <Panel id="escalation" title="Escalation">
      {stoppedAt ? (
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">The incident is resolved: escalation stopped.</p>
      ) : state.next ? (
        <p className="mb-3 text-sm font-medium text-slate-900 dark:text-slate-100">
          Next: {escalationLevelLabel(state.next.level)} in <span className="font-mono tabular-nums">{formatClock(state.next.inSeconds)}</span>
        </p>
      ) : (
        <p className="mb-3 text-sm font-medium text-slate-900 dark:text-slate-100">Every level of the path is engaged.</p>
      )}
      {contactsQuery.isPending ? (
        <LoadingState label="Loading contacts…" />
      ) : contactsQuery.isLoadingError ? (
        <QueryErrorAlert error={contactsQuery.error} onRetry={() => void contactsQuery.refetch()} />
      ) : (
        contacts.length === 0 && (
          <p className="mb-3 rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
            No contacts yet — admins add them in{" "}
            <Link href="/settings/escalation" className="font-medium text-indigo-800 underline dark:text-indigo-300">
              Settings → Escalation
            </Link>
            .
          </p>
        )
      )}
      <ol className="flex flex-col gap-3">
        {ESCALATION_PATH.map((step) => {
          const applies = !step.criticalOnly || incident.severity === "critical";
          const engaged = state.engaged.includes(step.level);
          const levelContacts = contacts.filter((contact) => contact.level === step.level);
          return (
            <li
              key={step.level}
              className={`rounded-md border p-3 ${engaged && !stoppedAt ? "border-red-300 dark:border-red-800" : "border-slate-200 dark:border-slate-800"}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-sm font-semibold text-slate-900 dark:text-white">{step.label}</h3>
                <span className="text-xs text-slate-600 dark:text-slate-400">{levelWindow(step.fromMinute)}</span>
                {engaged && !stoppedAt && <Badge tone="danger">Engage now</Badge>}
                {state.next?.level === step.level && !stoppedAt && <Badge tone="warning">Next</Badge>}
                {!applies && <Badge>Critical incidents only</Badge>}
              </div>
              {levelContacts.length > 0 && <ContactList contacts={levelContacts} />}
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}

function ContactList({ contacts }: { contacts: readonly EscalationContact[] }) {
  return (
    <ul className="mt-2 flex flex-col gap-1 text-sm">
      {contacts.map((contact) => (
        <li key={contact.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-medium text-slate-900 dark:text-slate-100">{contact.name}</span>
          <span className="break-all text-slate-700 dark:text-slate-300">{contact.contact}</span>
          <Badge tone={contact.availability === "always" ? "success" : "neutral"}>{AVAILABILITY_LABELS[contact.availability]}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** Seed 004's windows: team lead 0–15 min, engineering manager 15–30, CTO 30–60, CEO past 60. */
function levelWindow(fromMinute: number): string {
  const next = ESCALATION_PATH.find((step) => step.fromMinute > fromMinute);
  return next ? `${fromMinute}–${next.fromMinute} min` : `after ${fromMinute} min`;
}
