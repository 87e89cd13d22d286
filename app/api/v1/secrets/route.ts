import { createSecretSchema } from "@/lib/domain/schemas/secrets";
import { apiRoute } from "@/lib/server/http/route";
import { createSecret } from "@/lib/server/services/secrets/create-secret";
import { listSecrets } from "@/lib/server/services/secrets/list-secrets";

export const GET = apiRoute({ permission: "integrations.manage" }, async ({ caller }) => ({ secrets: await listSecrets(caller) }));

export const POST = apiRoute({ permission: "integrations.manage", body: createSecretSchema, status: 201 }, async ({ caller, body, requestId }) => ({
  secret: await createSecret(caller, body, requestId),
}));
