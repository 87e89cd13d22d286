import { createUserSchema } from "@/lib/domain/schemas/users";
import { apiRoute } from "@/lib/server/http/route";
import { createUser } from "@/lib/server/services/create-user";
import { listUsers } from "@/lib/server/services/list-users";

export const GET = apiRoute({ permission: "incidents.read" }, async ({ caller }) => ({ users: await listUsers(caller) }));

export const POST = apiRoute({ permission: "users.manage", body: createUserSchema, status: 201 }, async ({ caller, body, requestId }) =>
  createUser(caller, body, requestId),
);
