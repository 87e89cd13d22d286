import { healthRangeQuerySchema, serviceRefParamsSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { getServiceHealth } from "@/lib/server/services/health/get-service-health";

export const GET = apiRoute({ permission: "services.read", params: serviceRefParamsSchema, query: healthRangeQuerySchema }, async ({ caller, params, query }) =>
  getServiceHealth(caller, params.serviceId, query.range),
);
