import { apiRoute } from "@/lib/server/http/route";
import { listChecklistTemplates } from "@/lib/server/services/list-checklist-templates";

export const GET = apiRoute({ permission: "incidents.read" }, async ({ caller }) => ({ templates: await listChecklistTemplates(caller) }));
