import { flagKeyParamsSchema, updateFeatureFlagSchema } from "@/lib/domain/flags/feature-flag";
import { FLAG_CHANGE_MINIMUM_PERMISSION } from "@/lib/domain/flags/flag-change-permission";
import { apiRoute } from "@/lib/server/http/route";
import { deleteFeatureFlag } from "@/lib/server/services/flags/delete-feature-flag";
import { getFeatureFlag } from "@/lib/server/services/flags/get-feature-flag";
import { updateFeatureFlag } from "@/lib/server/services/flags/update-feature-flag";

export const GET = apiRoute({ permission: "services.read", params: flagKeyParamsSchema }, async ({ caller, params }) => ({
  flag: await getFeatureFlag(caller, params.key),
}));

// A commander may pull a kill switch; the use-case checks the exact change.
export const PATCH = apiRoute({ permission: FLAG_CHANGE_MINIMUM_PERMISSION, params: flagKeyParamsSchema, body: updateFeatureFlagSchema }, async ({ caller, params, body, requestId }) => ({
  flag: await updateFeatureFlag(caller, params.key, body, requestId),
}));

export const DELETE = apiRoute({ permission: "runbooks.manage", params: flagKeyParamsSchema }, async ({ caller, params, requestId }) => ({
  flag: await deleteFeatureFlag(caller, params.key, requestId),
}));
