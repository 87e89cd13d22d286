import { demoResetQuerySchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { resetDemo } from "@/lib/server/services/demo/reset-demo";

export const POST = apiRoute({ permission: "incidents.command", query: demoResetQuerySchema }, async ({ caller, query, requestId }) => resetDemo(caller, requestId, query.service));
