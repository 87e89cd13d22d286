import "server-only";
import type { CreateEscalationContactInput } from "@/lib/domain/schemas/escalation-contacts";
import type { Actor } from "../auth/caller";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { insertEscalationContact } from "../queries/escalation-contacts";
import { commitWithAuditEvent } from "./record-audit-event";

export async function createEscalationContact(actor: Actor, input: CreateEscalationContactInput, requestId: string | null) {
  assertCan(actor, "contacts.manage");
  const contact = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const contact = await insertEscalationContact(tx, input);
    return {
      result: contact,
      audit: {
        action: "escalation_contact.created",
        targetType: "escalation_contact",
        targetId: contact.id,
        payload: toEscalationContactDto(contact),
      },
    };
  });
  return toEscalationContactDto(contact);
}
