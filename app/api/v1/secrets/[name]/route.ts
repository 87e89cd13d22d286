import { secretNameParamsSchema, updateSecretSchema } from "@/lib/domain/schemas/secrets";
import { apiRoute } from "@/lib/server/http/route";
import { deleteSecret } from "@/lib/server/services/secrets/delete-secret";
import { updateSecret } from "@/lib/server/services/secrets/update-secret";

export const PATCH = apiRoute({ permission: "integrations.manage", params: secretNameParamsSchema, body: updateSecretSchema }, async ({ caller, params, body, requestId }) => ({
  secret: await updateSecret(caller, params.name, body, requestId),
}));

export const DELETE = apiRoute({ permission: "integrations.manage", params: secretNameParamsSchema }, async ({ caller, params, requestId }) => {
  await deleteSecret(caller, params.name, requestId);
  return { deleted: params.name };
});
