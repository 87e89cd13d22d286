import { apiRoute } from "@/lib/server/http/route";
import { getHealthOverview } from "@/lib/server/services/health/get-health-overview";

export const GET = apiRoute({ permission: "services.read" }, async ({ caller }) => getHealthOverview(caller));
