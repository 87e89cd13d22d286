"use client";

import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { TD_CLASSES } from "@/components/ui/DataTable";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { RowError } from "@/components/ui/RowError";
import { fieldErrorFor } from "@/lib/client/field-errors";
import { AVAILABILITY_LABELS } from "@/lib/client/incident-labels";
import { useDeleteEscalationContactMutation } from "@/lib/client/mutations/useDeleteEscalationContactMutation";
import { useUpdateEscalationContactMutation } from "@/lib/client/mutations/useUpdateEscalationContactMutation";
import type { EscalationContact } from "@/lib/client/schemas/escalation-contacts";
import { CONTACT_FIELDS, EscalationContactsFields } from "./EscalationContactsFields";
import { contactInputFrom } from "./EscalationContactsInput";

export function EscalationContactsRow({ contact, canManage, columns }: { contact: EscalationContact; canManage: boolean; columns: number }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateEscalationContactMutation(contact.id);
  const remove = useDeleteEscalationContactMutation(contact.id);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(contactInputFrom(new FormData(event.currentTarget)), { onSuccess: () => setEditing(false) });
  }

  function confirmDelete() {
    if (!window.confirm(`Delete ${contact.name} from the escalation contacts?`)) return;
    remove.mutate();
  }

  if (editing) {
    return (
      <tr>
        <td colSpan={columns} className={TD_CLASSES}>
          <form onSubmit={save} aria-label={`Edit ${contact.name}`} className="flex flex-col gap-4">
            {update.isError && <ErrorAlert error={update.error} fields={CONTACT_FIELDS} />}
            <EscalationContactsFields contact={contact} fieldError={(field) => fieldErrorFor(update.error, field)} />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" size="sm" pending={update.isPending} pendingLabel="Saving…">
                Save<span className="sr-only"> {contact.name}</span>
              </Button>
              <Button variant="secondary" size="sm" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </div>
          </form>
        </td>
      </tr>
    );
  }

  return (
    <tr>
      <td className={`${TD_CLASSES} font-medium`}>{contact.name}</td>
      <td className={`${TD_CLASSES} break-all`}>{contact.contact}</td>
      <td className={TD_CLASSES}>
        <Badge tone={contact.availability === "always" ? "success" : "neutral"}>{AVAILABILITY_LABELS[contact.availability]}</Badge>
      </td>
      {canManage && (
        <td className={TD_CLASSES}>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" disabled={remove.isPending} onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> {contact.name}</span>
            </Button>
            <Button variant="danger" size="sm" pending={remove.isPending} pendingLabel="Deleting…" onClick={confirmDelete}>
              Delete<span className="sr-only"> {contact.name}</span>
            </Button>
          </div>
          {remove.isError && <RowError error={remove.error} />}
        </td>
      )}
    </tr>
  );
}
