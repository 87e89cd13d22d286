import { apiRoute } from "@/lib/server/http/route";
import { getDecisionMatrix } from "@/lib/server/services/get-decision-matrix";

export const GET = apiRoute({ permission: "incidents.read" }, async ({ caller }) => getDecisionMatrix(caller));
