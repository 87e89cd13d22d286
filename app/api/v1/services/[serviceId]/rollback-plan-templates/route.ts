import { serviceRefParamsSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { listPlanTemplates } from "@/lib/server/services/rollbacks/plans/list-plan-templates";

export const GET = apiRoute({ permission: "services.read", params: serviceRefParamsSchema }, async ({ caller, params }) => ({ templates: await listPlanTemplates(caller, params.serviceId) }));
