import { createFeatureFlagSchema } from "@/lib/domain/flags/feature-flag";
import { apiRoute } from "@/lib/server/http/route";
import { createFeatureFlag } from "@/lib/server/services/flags/create-feature-flag";
import { listFeatureFlags } from "@/lib/server/services/flags/list-feature-flags";

export const GET = apiRoute({ permission: "services.read" }, async ({ caller }) => ({
  flags: await listFeatureFlags(caller),
}));

export const POST = apiRoute({ permission: "runbooks.manage", body: createFeatureFlagSchema, status: 201 }, async ({ caller, body, requestId }) => ({
  flag: await createFeatureFlag(caller, body, requestId),
}));
