import { createCommunicationChannelSchema } from "@/lib/domain/schemas/communications";
import { apiRoute } from "@/lib/server/http/route";
import { createCommunicationChannel } from "@/lib/server/services/communications/create-communication-channel";
import { listCommunicationChannels } from "@/lib/server/services/communications/list-communication-channels";

export const GET = apiRoute({ permission: "communications.send" }, async ({ caller }) => ({ channels: await listCommunicationChannels(caller) }));

export const POST = apiRoute({ permission: "integrations.manage", body: createCommunicationChannelSchema, status: 201 }, async ({ caller, body, requestId }) => ({
  channel: await createCommunicationChannel(caller, body, requestId),
}));
