import { runbookScriptIdParamsSchema, updateRunbookScriptSchema } from "@/lib/domain/schemas/runbook-scripts";
import { apiRoute } from "@/lib/server/http/route";
import { deleteRunbookScript } from "@/lib/server/services/runbook-scripts/delete-runbook-script";
import { updateRunbookScript } from "@/lib/server/services/runbook-scripts/update-runbook-script";

export const PATCH = apiRoute({ permission: "runbooks.manage", params: runbookScriptIdParamsSchema, body: updateRunbookScriptSchema }, async ({ caller, params, body, requestId }) => ({
  script: await updateRunbookScript(caller, params.scriptId, body, requestId),
}));

export const DELETE = apiRoute({ permission: "runbooks.manage", params: runbookScriptIdParamsSchema }, async ({ caller, params, requestId }) => {
  await deleteRunbookScript(caller, params.scriptId, requestId);
  return { deleted: params.scriptId };
});
