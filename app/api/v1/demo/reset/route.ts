import { apiRoute } from "@/lib/server/http/route";
import { resetDemo } from "@/lib/server/services/demo/reset-demo";

export const POST = apiRoute({ permission: "incidents.command" }, async ({ caller, requestId }) => resetDemo(caller, requestId));
