import { createHealthSourceSchema } from "@/lib/domain/health/health-source-config";
import { serviceRefParamsSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { createHealthSource } from "@/lib/server/services/health/create-health-source";
import { listHealthSources } from "@/lib/server/services/health/list-health-sources";

export const GET = apiRoute({ permission: "services.read", params: serviceRefParamsSchema }, async ({ caller, params }) => ({
  sources: await listHealthSources(caller, params.serviceId),
}));

export const POST = apiRoute({ permission: "services.manage", params: serviceRefParamsSchema, body: createHealthSourceSchema, status: 201 }, async ({ caller, params, body, requestId }) => ({
  source: await createHealthSource(caller, params.serviceId, body, requestId),
}));
