import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { createActionItemSchema } from "@/lib/domain/schemas/post-mortems";
import { apiRoute } from "@/lib/server/http/route";
import { createActionItem } from "@/lib/server/services/post-mortems/create-action-item";

export const POST = apiRoute({ permission: "postmortems.edit", params: incidentRefParamsSchema, body: createActionItemSchema, status: 201 }, async ({ caller, params, body }) => ({
  item: await createActionItem(caller, params.incidentRef, body),
}));
