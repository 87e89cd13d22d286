import "server-only";
import { COMMUNICATION_TEMPLATES } from "@/lib/domain/communications/communication-templates";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toCommunicationMessageDto } from "../../dto/communication";
import { assertCan } from "../../permissions/assert-can";
import { loadVisibleIncident } from "../../permissions/incident-access";
import { listCommunicationMessageRows } from "../../queries/communication-messages";

/** GET /incidents/{ref}/messages: every message sent (or that failed) for the incident, newest first, and the templates to pick from. */
export async function listIncidentMessages(actor: Actor, ref: string) {
  assertCan(actor, "incidents.read");
  const incident = await loadVisibleIncident(db(), actor, ref);
  const rows = await listCommunicationMessageRows(db(), incident.id);
  return {
    messages: rows.map(toCommunicationMessageDto),
    templates: COMMUNICATION_TEMPLATES.map(({ key, name, audience, description }) => ({ key, name, audience, description })),
  };
}
