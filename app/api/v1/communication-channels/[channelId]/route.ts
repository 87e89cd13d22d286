import { communicationChannelIdParamsSchema, updateCommunicationChannelSchema } from "@/lib/domain/schemas/communications";
import { apiRoute } from "@/lib/server/http/route";
import { deleteCommunicationChannel } from "@/lib/server/services/communications/delete-communication-channel";
import { updateCommunicationChannel } from "@/lib/server/services/communications/update-communication-channel";

export const PUT = apiRoute(
  { permission: "integrations.manage", params: communicationChannelIdParamsSchema, body: updateCommunicationChannelSchema },
  async ({ caller, params, body, requestId }) => ({ channel: await updateCommunicationChannel(caller, params.channelId, body, requestId) }),
);

export const DELETE = apiRoute({ permission: "integrations.manage", params: communicationChannelIdParamsSchema }, async ({ caller, params, requestId }) => {
  await deleteCommunicationChannel(caller, params.channelId, requestId);
  return { deleted: params.channelId };
});
