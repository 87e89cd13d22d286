import { changePasswordSchema } from "@/lib/domain/schemas/account";
import { apiRoute } from "@/lib/server/http/route";
import { changeOwnPassword } from "@/lib/server/services/change-own-password";

export const PUT = apiRoute({ permission: "incidents.read", body: changePasswordSchema }, async ({ caller, body, requestId }) => {
  await changeOwnPassword(caller, body, requestId);
  return { changed: true };
});
