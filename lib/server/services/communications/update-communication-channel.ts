import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateCommunicationChannelInput } from "@/lib/domain/schemas/communications";
import type { Actor } from "../../auth/caller";
import { toCommunicationChannelDto } from "../../dto/communication";
import { assertCan } from "../../permissions/assert-can";
import { findCommunicationChannelByName, findCommunicationChannelRow, updateCommunicationChannelAtVersion } from "../../queries/communication-channels";
import { commitWithAuditEvent } from "../record-audit-event";
import { assertChannelSecretsExist } from "./channel-secrets";

/** A full replacement at the version the form was filled from. */
export async function updateCommunicationChannel(actor: Actor, channelId: string, input: UpdateCommunicationChannelInput, requestId: string | null) {
  assertCan(actor, "integrations.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findCommunicationChannelRow(tx, channelId);
    if (!before) throw new AppError("not_found", "No communication channel with this id");
    const namesake = await findCommunicationChannelByName(tx, input.name);
    if (namesake && namesake.id !== channelId) throw new AppError("conflict", `A channel named ${input.name} exists`, { details: [{ field: "name", message: "is taken" }] });
    await assertChannelSecretsExist(tx, input);
    const row = await updateCommunicationChannelAtVersion(tx, channelId, input.version, { name: input.name, kind: input.kind, config: input.config, enabled: input.enabled });
    if (!row) throw new AppError("conflict", "Someone changed this channel first; here is its current state", { extra: { current: toCommunicationChannelDto(before) } });
    return {
      result: row,
      audit: { action: "communication_channel.updated", targetType: "communication_channel", targetId: row.id, payload: { name: row.name, kind: row.kind, config: input.config, enabled: row.enabled } },
    };
  });
  return toCommunicationChannelDto(row);
}
