import { demoBadReleaseSchema } from "@/lib/domain/schemas/health";
import { apiRoute } from "@/lib/server/http/route";
import { deployDemoBadRelease } from "@/lib/server/services/demo/deploy-demo-bad-release";

export const POST = apiRoute({ permission: "incidents.command", body: demoBadReleaseSchema }, async ({ caller, body, requestId }) =>
  deployDemoBadRelease(caller, body.serviceSlug, requestId),
);
