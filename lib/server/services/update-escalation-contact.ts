import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateEscalationContactInput } from "@/lib/domain/schemas/escalation-contacts";
import type { Actor } from "../auth/caller";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { findEscalationContactById, updateEscalationContactRow } from "../queries/escalation-contacts";
import { commitWithAuditEvent } from "./record-audit-event";

export async function updateEscalationContact(actor: Actor, contactId: string, input: UpdateEscalationContactInput, requestId: string | null) {
  assertCan(actor, "contacts.manage");
  const contact = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findEscalationContactById(tx, contactId);
    if (!before) throw new AppError("not_found", "No escalation contact with this id");
    const contact = await updateEscalationContactRow(tx, contactId, input);
    return {
      result: contact,
      audit: {
        action: "escalation_contact.updated",
        targetType: "escalation_contact",
        targetId: contact.id,
        payload: { changes: input, previous: toEscalationContactDto(before) },
      },
    };
  });
  return toEscalationContactDto(contact);
}
