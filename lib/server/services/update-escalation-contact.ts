import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateEscalationContactInput } from "@/lib/domain/schemas/escalation-contacts";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { findEscalationContactById, updateEscalationContactRow } from "../queries/escalation-contacts";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

export async function updateEscalationContact(actor: Actor, contactId: string, input: UpdateEscalationContactInput, requestId: string | null) {
  assertCan(actor, "contacts.manage");
  const { contact, audit } = await db().$transaction(async (tx) => {
    const before = await findEscalationContactById(tx, contactId);
    if (!before) throw new AppError("not_found", "No escalation contact with this id");
    const contact = await updateEscalationContactRow(tx, contactId, input);
    const audit = await recordAuditEvent(tx, actor, requestId, {
      action: "escalation_contact.updated",
      targetType: "escalation_contact",
      targetId: contact.id,
      payload: { changes: input, previous: toEscalationContactDto(before) },
    });
    return { contact, audit };
  });
  publishAuditEvent(audit);
  return toEscalationContactDto(contact);
}
