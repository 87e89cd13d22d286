import { createApiTokenSchema } from "@/lib/domain/schemas/api-tokens";
import { apiRoute } from "@/lib/server/http/route";
import { createApiToken } from "@/lib/server/services/create-api-token";
import { listApiTokens } from "@/lib/server/services/list-api-tokens";

export const GET = apiRoute({ permission: "tokens.manage" }, async ({ caller }) => ({ tokens: await listApiTokens(caller) }));

export const POST = apiRoute({ permission: "tokens.manage", body: createApiTokenSchema, status: 201 }, async ({ caller, body, requestId }) =>
  createApiToken(caller, body, requestId),
);
