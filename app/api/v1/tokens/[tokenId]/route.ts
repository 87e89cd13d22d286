import { tokenIdParamsSchema } from "@/lib/domain/schemas/api-tokens";
import { apiRoute } from "@/lib/server/http/route";
import { revokeApiToken } from "@/lib/server/services/revoke-api-token";

export const DELETE = apiRoute({ permission: "tokens.manage", params: tokenIdParamsSchema }, async ({ caller, params, requestId }) => ({
  token: await revokeApiToken(caller, params.tokenId, requestId),
}));
