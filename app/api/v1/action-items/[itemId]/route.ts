import { actionItemParamsSchema, updateActionItemSchema } from "@/lib/domain/schemas/post-mortems";
import { apiRoute } from "@/lib/server/http/route";
import { updateActionItem } from "@/lib/server/services/post-mortems/update-action-item";

export const PATCH = apiRoute({ permission: "postmortems.edit", params: actionItemParamsSchema, body: updateActionItemSchema }, async ({ caller, params, body }) => ({
  item: await updateActionItem(caller, params.itemId, body),
}));
