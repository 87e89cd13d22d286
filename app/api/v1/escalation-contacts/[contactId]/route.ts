import { escalationContactIdParamsSchema, updateEscalationContactSchema } from "@/lib/domain/schemas/escalation-contacts";
import { apiRoute } from "@/lib/server/http/route";
import { deleteEscalationContact } from "@/lib/server/services/delete-escalation-contact";
import { updateEscalationContact } from "@/lib/server/services/update-escalation-contact";

export const PATCH = apiRoute({ permission: "contacts.manage", params: escalationContactIdParamsSchema, body: updateEscalationContactSchema }, async ({ caller, params, body, requestId }) => ({
  contact: await updateEscalationContact(caller, params.contactId, body, requestId),
}));

export const DELETE = apiRoute({ permission: "contacts.manage", params: escalationContactIdParamsSchema }, async ({ caller, params, requestId }) => ({
  contact: await deleteEscalationContact(caller, params.contactId, requestId),
}));
