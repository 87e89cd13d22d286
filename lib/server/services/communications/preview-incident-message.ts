import "server-only";
import { findCommunicationTemplate, type CommunicationTemplateKey } from "@/lib/domain/communications/communication-templates";
import { buildIncidentVariables } from "@/lib/domain/communications/incident-variables";
import { renderCommunication } from "@/lib/domain/communications/render-communication";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { loadVisibleIncident } from "../../permissions/incident-access";
import { gatherIncidentFacts } from "./gather-incident-facts";

/** GET /incidents/{ref}/messages/preview?template=…: the template filled with the incident's variables, and the blanks left. */
export async function previewIncidentMessage(actor: Actor, ref: string, templateKey: CommunicationTemplateKey, now = new Date()) {
  assertCan(actor, "incidents.read");
  const template = findCommunicationTemplate(templateKey);
  if (!template) throw new AppError("bad_request", `No template ${templateKey}`, { details: [{ field: "template", message: "is not a template" }] });
  const incident = await loadVisibleIncident(db(), actor, ref);
  const rendered = renderCommunication(template, buildIncidentVariables(await gatherIncidentFacts(db(), incident), now));
  return { template: { key: template.key, name: template.name, audience: template.audience, description: template.description }, ...rendered };
}
