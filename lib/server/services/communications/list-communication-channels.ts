import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toCommunicationChannelDto } from "../../dto/communication";
import { assertCan } from "../../permissions/assert-can";
import { listCommunicationChannelRows } from "../../queries/communication-channels";

/** Responders list them to pick where a message goes; the configs name secrets, never hold their values. */
export async function listCommunicationChannels(actor: Actor) {
  assertCan(actor, "communications.send");
  return (await listCommunicationChannelRows(db())).map(toCommunicationChannelDto);
}
