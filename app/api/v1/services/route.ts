import { createServiceSchema } from "@/lib/domain/schemas/services";
import { apiRoute } from "@/lib/server/http/route";
import { createService } from "@/lib/server/services/create-service";
import { listServices } from "@/lib/server/services/list-services";

export const GET = apiRoute({ permission: "services.read" }, async ({ caller }) => ({ services: await listServices(caller) }));

export const POST = apiRoute({ permission: "services.manage", body: createServiceSchema, status: 201 }, async ({ caller, body, requestId }) => ({
  service: await createService(caller, body, requestId),
}));
