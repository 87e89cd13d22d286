import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { CreateCommunicationChannelInput } from "@/lib/domain/schemas/communications";
import type { Actor } from "../../auth/caller";
import { toCommunicationChannelDto } from "../../dto/communication";
import { assertCan } from "../../permissions/assert-can";
import { findCommunicationChannelByName, insertCommunicationChannelRow } from "../../queries/communication-channels";
import { commitWithAuditEvent } from "../record-audit-event";
import { assertChannelSecretsExist } from "./channel-secrets";

export async function createCommunicationChannel(actor: Actor, input: CreateCommunicationChannelInput, requestId: string | null) {
  assertCan(actor, "integrations.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    if (await findCommunicationChannelByName(tx, input.name)) throw new AppError("conflict", `A channel named ${input.name} exists`, { details: [{ field: "name", message: "is taken" }] });
    await assertChannelSecretsExist(tx, input);
    const row = await insertCommunicationChannelRow(tx, { name: input.name, kind: input.kind, config: input.config, enabled: input.enabled });
    // The config holds secret names only, so the audit row can keep it whole.
    return { result: row, audit: { action: "communication_channel.created", targetType: "communication_channel", targetId: row.id, payload: { name: row.name, kind: row.kind, config: input.config } } };
  });
  return toCommunicationChannelDto(row);
}
