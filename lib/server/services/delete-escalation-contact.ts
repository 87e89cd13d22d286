import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../auth/caller";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { deleteEscalationContactRow, findEscalationContactById } from "../queries/escalation-contacts";
import { commitWithAuditEvent } from "./record-audit-event";

/** Answers with the deleted contact, so the caller can show what went. */
export async function deleteEscalationContact(actor: Actor, contactId: string, requestId: string | null) {
  assertCan(actor, "contacts.manage");
  const contact = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const existing = await findEscalationContactById(tx, contactId);
    if (!existing) throw new AppError("not_found", "No escalation contact with this id");
    const contact = await deleteEscalationContactRow(tx, contactId);
    return {
      result: contact,
      audit: {
        action: "escalation_contact.deleted",
        targetType: "escalation_contact",
        targetId: contact.id,
        payload: toEscalationContactDto(contact),
      },
    };
  });
  return toEscalationContactDto(contact);
}
