import { flagSetParamsSchema } from "@/lib/domain/flags/feature-flag";
import { apiRoute } from "@/lib/server/http/route";
import { turnOffFlagSet } from "@/lib/server/services/flags/turn-off-flag-set";

/** "Emergency rollback": every flag of the set off in one transaction; a commander may do it. */
export const POST = apiRoute({ permission: "rollbacks.run", params: flagSetParamsSchema }, async ({ caller, params, requestId }) => turnOffFlagSet(caller, params.set, requestId));
