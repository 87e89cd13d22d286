import { updateThresholdsSchema } from "@/lib/domain/health/thresholds";
import { serviceRefParamsSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { getServiceThresholds } from "@/lib/server/services/health/get-service-thresholds";
import { updateServiceThresholds } from "@/lib/server/services/health/update-service-thresholds";

export const GET = apiRoute({ permission: "services.read", params: serviceRefParamsSchema }, async ({ caller, params }) => ({
  thresholds: await getServiceThresholds(caller, params.serviceId),
}));

export const PUT = apiRoute({ permission: "services.manage", params: serviceRefParamsSchema, body: updateThresholdsSchema }, async ({ caller, params, body, requestId }) => ({
  thresholds: await updateServiceThresholds(caller, params.serviceId, body, requestId),
}));
