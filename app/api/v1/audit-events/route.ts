import { listAuditEventsQuerySchema } from "@/lib/domain/schemas/audit-events";
import { apiRoute } from "@/lib/server/http/route";
import { listAuditEvents } from "@/lib/server/services/list-audit-events";

export const GET = apiRoute({ permission: "audit.read", query: listAuditEventsQuerySchema }, async ({ caller, query }) => listAuditEvents(caller, query));
