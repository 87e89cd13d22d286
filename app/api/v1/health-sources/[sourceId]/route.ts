import { healthSourceIdParamsSchema, updateHealthSourceSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { deleteHealthSource } from "@/lib/server/services/health/delete-health-source";
import { updateHealthSource } from "@/lib/server/services/health/update-health-source";

export const PATCH = apiRoute({ permission: "services.manage", params: healthSourceIdParamsSchema, body: updateHealthSourceSchema }, async ({ caller, params, body, requestId }) => ({
  source: await updateHealthSource(caller, params.sourceId, body, requestId),
}));

export const DELETE = apiRoute({ permission: "services.manage", params: healthSourceIdParamsSchema }, async ({ caller, params, requestId }) => ({
  source: await deleteHealthSource(caller, params.sourceId, requestId),
}));
