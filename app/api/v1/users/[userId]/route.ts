import { updateUserSchema, userIdParamsSchema } from "@/lib/domain/schemas/users";
import { apiRoute } from "@/lib/server/http/route";
import { updateUser } from "@/lib/server/services/update-user";

export const PATCH = apiRoute({ permission: "users.manage", params: userIdParamsSchema, body: updateUserSchema }, async ({ caller, params, body, requestId }) => ({
  user: await updateUser(caller, params.userId, body, requestId),
}));
