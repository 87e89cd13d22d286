import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { deleteCommunicationChannelRow, findCommunicationChannelRow } from "../../queries/communication-channels";
import { commitWithAuditEvent } from "../record-audit-event";

/** Messages already sent keep the channel's name and kind; only the link to it goes. */
export async function deleteCommunicationChannel(actor: Actor, channelId: string, requestId: string | null) {
  assertCan(actor, "integrations.manage");
  await commitWithAuditEvent(actor, requestId, async (tx) => {
    const row = await findCommunicationChannelRow(tx, channelId);
    if (!row) throw new AppError("not_found", "No communication channel with this id");
    await deleteCommunicationChannelRow(tx, channelId);
    return { result: null, audit: { action: "communication_channel.deleted", targetType: "communication_channel", targetId: channelId, payload: { name: row.name, kind: row.kind } } };
  });
}
