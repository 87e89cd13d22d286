import { healthSourceIdParamsSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { testHealthSource } from "@/lib/server/services/health/test-health-source";

export const POST = apiRoute({ permission: "services.manage", params: healthSourceIdParamsSchema }, async ({ caller, params }) => ({
  sample: await testHealthSource(caller, params.sourceId),
}));
