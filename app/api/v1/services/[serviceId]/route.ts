import { serviceIdParamsSchema, updateServiceSchema } from "@/lib/domain/schemas/services";
import { apiRoute } from "@/lib/server/http/route";
import { updateService } from "@/lib/server/services/update-service";

export const PATCH = apiRoute({ permission: "services.manage", params: serviceIdParamsSchema, body: updateServiceSchema }, async ({ caller, params, body, requestId }) => ({
  service: await updateService(caller, params.serviceId, body, requestId),
}));
