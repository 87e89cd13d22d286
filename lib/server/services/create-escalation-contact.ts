import "server-only";
import type { CreateEscalationContactInput } from "@/lib/domain/schemas/escalation-contacts";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { insertEscalationContact } from "../queries/escalation-contacts";
import { publishAuditEvent, recordAuditEvent } from "./record-audit-event";

export async function createEscalationContact(actor: Actor, input: CreateEscalationContactInput, requestId: string | null) {
  assertCan(actor, "contacts.manage");
  const { contact, audit } = await db().$transaction(async (tx) => {
    const contact = await insertEscalationContact(tx, input);
    const audit = await recordAuditEvent(tx, actor, requestId, {
      action: "escalation_contact.created",
      targetType: "escalation_contact",
      targetId: contact.id,
      payload: toEscalationContactDto(contact),
    });
    return { contact, audit };
  });
  publishAuditEvent(audit);
  return toEscalationContactDto(contact);
}
