import { createEscalationContactSchema } from "@/lib/domain/schemas/escalation-contacts";
import { apiRoute } from "@/lib/server/http/route";
import { createEscalationContact } from "@/lib/server/services/create-escalation-contact";
import { listEscalationContacts } from "@/lib/server/services/list-escalation-contacts";

export const GET = apiRoute({ permission: "incidents.read" }, async ({ caller }) => ({ contacts: await listEscalationContacts(caller) }));

export const POST = apiRoute({ permission: "contacts.manage", body: createEscalationContactSchema, status: 201 }, async ({ caller, body, requestId }) => ({
  contact: await createEscalationContact(caller, body, requestId),
}));
