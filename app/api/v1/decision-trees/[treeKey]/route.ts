import { decisionTreeParamsSchema, publishDecisionTreeSchema } from "@/lib/domain/schemas/decisions";
import { apiRoute } from "@/lib/server/http/route";
import { getActiveDecisionTree } from "@/lib/server/services/get-active-decision-tree";
import { publishDecisionTree } from "@/lib/server/services/publish-decision-tree";

export const GET = apiRoute({ permission: "incidents.read", params: decisionTreeParamsSchema }, async ({ caller, params }) => getActiveDecisionTree(caller, params.treeKey));

export const PUT = apiRoute(
  { permission: "runbooks.manage", params: decisionTreeParamsSchema, body: publishDecisionTreeSchema, status: 201 },
  async ({ caller, params, body, requestId }) => ({ tree: await publishDecisionTree(caller, params.treeKey, body.content, requestId) }),
);
