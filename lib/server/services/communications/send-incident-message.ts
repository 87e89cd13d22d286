import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/domain/app-error";
import { findCommunicationTemplate } from "@/lib/domain/communications/communication-templates";
import type { SendMessageInput } from "@/lib/domain/schemas/communications";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { channelSettingsOf, toCommunicationMessageDto } from "../../dto/communication";
import { deliverMessage } from "../../integrations/communications/deliver-message";
import { assertCan } from "../../permissions/assert-can";
import { loadVisibleIncident } from "../../permissions/incident-access";
import { findCommunicationChannelRow } from "../../queries/communication-channels";
import { insertCommunicationMessageRow } from "../../queries/communication-messages";
import { publish } from "../../realtime/realtime-server";
import { publishTimelineEvents, recordTimelineEvent } from "../record-timeline-event";
import { secretRevealer } from "../secrets/reveal-secrets";

/** A peer that takes longer than this is reported as failed; the message may still have arrived. */
const SEND_TIMEOUT_MS = 15_000;

/**
 * POST /incidents/{ref}/messages. The send is an external call and cannot
 * share a transaction, so it happens first; then the message, with its real
 * outcome (sent, or failed and why), and its timeline event are written in one
 * transaction. A failed send is recorded, not thrown: it answers 201 with
 * `status: "failed"` and the error.
 */
export async function sendIncidentMessage(actor: Actor, ref: string, input: SendMessageInput) {
  assertCan(actor, "communications.send");
  const incident = await loadVisibleIncident(db(), actor, ref);
  const channel = await findCommunicationChannelRow(db(), input.channelId);
  if (!channel) throw new AppError("bad_request", "No communication channel with this id", { details: [{ field: "channelId", message: "is not a channel" }] });
  if (!channel.enabled) throw new AppError("bad_request", `The channel ${channel.name} is disabled`, { details: [{ field: "channelId", message: "is disabled" }] });
  const template = findCommunicationTemplate(input.templateKey);
  const subject = input.subject || null;
  const key = `INC-${incident.number}`;

  // The message's id doubles as the idempotency key its peers see.
  const messageId = randomUUID();
  let error: string | null = null;
  try {
    await deliverMessage(
      channelSettingsOf(channel),
      { incidentKey: key, incidentStatus: incident.status, incidentTitle: incident.title, subject, body: input.body },
      { idempotencyKey: messageId, signal: AbortSignal.timeout(SEND_TIMEOUT_MS), secrets: secretRevealer(db()) },
    );
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }

  const what = subject ? `“${subject}”` : `the ${template?.name ?? input.templateKey} message`;
  const { row, event } = await db().$transaction(async (tx) => {
    const row = await insertCommunicationMessageRow(tx, {
      id: messageId,
      incidentId: incident.id,
      channelId: channel.id,
      channelName: channel.name,
      channelKind: channel.kind,
      templateKey: input.templateKey,
      subject,
      body: input.body,
      status: error === null ? "sent" : "failed",
      error,
      sentById: actor.userId,
      sentByName: actor.name,
    });
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: error === null ? "communication.sent" : "communication.failed",
      summary: error === null ? `${actor.name} sent ${what} to ${channel.name}` : `${actor.name} tried to send ${what} to ${channel.name}; it failed: ${error}`,
      payload: { messageId, channelId: channel.id, channelKind: channel.kind, templateKey: input.templateKey, status: row.status },
    });
    return { row, event };
  });

  const message = toCommunicationMessageDto(row);
  publishTimelineEvents(incident.id, [event]);
  publish(`incident:${incident.id}`, "communication:message", { message });
  return message;
}
