import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { deleteEscalationContactRow, findEscalationContactById } from "../queries/escalation-contacts";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

/** Answers with the deleted contact, so the caller can show what went. */
export async function deleteEscalationContact(actor: Actor, contactId: string, requestId: string | null) {
  assertCan(actor, "contacts.manage");
  const { contact, audit } = await db().$transaction(async (tx) => {
    const existing = await findEscalationContactById(tx, contactId);
    if (!existing) throw new AppError("not_found", "No escalation contact with this id");
    const contact = await deleteEscalationContactRow(tx, contactId);
    const audit = await recordAuditEvent(tx, actor, requestId, {
      action: "escalation_contact.deleted",
      targetType: "escalation_contact",
      targetId: contact.id,
      payload: toEscalationContactDto(contact),
    });
    return { contact, audit };
  });
  publishAuditEvent(audit);
  return toEscalationContactDto(contact);
}
