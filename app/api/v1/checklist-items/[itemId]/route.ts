import { checklistItemParamsSchema, updateChecklistItemSchema } from "@/lib/domain/schemas/checklists";
import { apiRoute } from "@/lib/server/http/route";
import { updateChecklistItem } from "@/lib/server/services/update-checklist-item";

export const PATCH = apiRoute({ permission: "checklists.edit", params: checklistItemParamsSchema, body: updateChecklistItemSchema }, async ({ caller, params, body }) => ({
  item: await updateChecklistItem(caller, params.itemId, body),
}));
