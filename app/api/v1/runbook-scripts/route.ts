import { createRunbookScriptSchema } from "@/lib/domain/schemas/runbook-scripts";
import { apiRoute } from "@/lib/server/http/route";
import { createRunbookScript } from "@/lib/server/services/runbook-scripts/create-runbook-script";
import { listRunbookScripts } from "@/lib/server/services/runbook-scripts/list-runbook-scripts";

export const GET = apiRoute({ permission: "runbooks.manage" }, async ({ caller }) => ({ scripts: await listRunbookScripts(caller) }));

export const POST = apiRoute({ permission: "runbooks.manage", body: createRunbookScriptSchema, status: 201 }, async ({ caller, body, requestId }) => ({
  script: await createRunbookScript(caller, body, requestId),
}));
