"use client";

import { DataTable } from "@/components/ui/DataTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useEscalationContactsQuery } from "@/lib/client/queries/useEscalationContactsQuery";
import type { EscalationContact } from "@/lib/client/schemas/escalation-contacts";
import { ESCALATION_PATH } from "@/lib/domain/incidents/time-budget";
import { EscalationContactsAddForm } from "./EscalationContactsAddForm";
import { EscalationContactsRow } from "./EscalationContactsRow";

const COLUMNS = ["Name", "Contact", "Availability"];

/** Who to call at each level of seed 004's path. Everyone reads it (incident pages show it); admins edit. */
export function EscalationContactsPage({ canManage }: { canManage: boolean }) {
  const query = useEscalationContactsQuery();

  return (
    <>
      <PageHeader
        title="Escalation contacts"
        description="Who to engage at each level of the escalation path: team lead from the start, engineering manager after 15 minutes, CTO after 30, CEO after 60 for critical incidents."
      />
      <div className="flex flex-col gap-6">
        {canManage && <EscalationContactsAddForm />}
        {query.isPending ? (
          <LoadingState label="Loading contacts…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.contacts.length === 0 ? (
          <EmptyState
            title="No contacts yet"
            description={
              canManage
                ? "Add at least a team lead with the form above: incident pages show these people when it is time to engage them."
                : "Admins add the people to engage at each level here; incident pages then show them when it is time."
            }
          />
        ) : (
          ESCALATION_PATH.map((step) => (
            <LevelContacts key={step.level} title={step.label} contacts={query.data.contacts.filter((contact) => contact.level === step.level)} canManage={canManage} />
          ))
        )}
      </div>
    </>
  );
}

function LevelContacts({ title, contacts, canManage }: { title: string; contacts: readonly EscalationContact[]; canManage: boolean }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-base font-semibold text-slate-900 dark:text-white">{title}</h2>
      {contacts.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">No contact at this level yet.</p>
      ) : (
        <DataTable label={`${title} contacts`} columns={COLUMNS} actions={canManage}>
          {contacts.map((contact) => (
            <EscalationContactsRow key={contact.id} contact={contact} canManage={canManage} columns={COLUMNS.length + (canManage ? 1 : 0)} />
          ))}
        </DataTable>
      )}
    </section>
  );
}
