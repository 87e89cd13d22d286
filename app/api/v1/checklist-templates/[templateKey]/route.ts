import { checklistTemplateParamsSchema, publishChecklistTemplateSchema } from "@/lib/domain/schemas/checklists";
import { apiRoute } from "@/lib/server/http/route";
import { getActiveChecklistTemplate } from "@/lib/server/services/get-active-checklist-template";
import { publishChecklistTemplate } from "@/lib/server/services/publish-checklist-template";

export const GET = apiRoute({ permission: "incidents.read", params: checklistTemplateParamsSchema }, async ({ caller, params }) =>
  getActiveChecklistTemplate(caller, params.templateKey),
);

export const PUT = apiRoute(
  { permission: "runbooks.manage", params: checklistTemplateParamsSchema, body: publishChecklistTemplateSchema, status: 201 },
  async ({ caller, params, body, requestId }) => ({ template: await publishChecklistTemplate(caller, params.templateKey, body.content, requestId) }),
);
