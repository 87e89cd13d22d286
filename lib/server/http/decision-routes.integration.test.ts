import { describe, expect, it } from "vitest";
import { PATCH as updateItemRoute } from "@/app/api/v1/checklist-items/[itemId]/route";
import { GET as getTemplateRoute } from "@/app/api/v1/checklist-templates/[templateKey]/route";
import { GET as matrixRoute } from "@/app/api/v1/decision-matrix/route";
import { GET as getTreeRoute, PUT as putTreeRoute } from "@/app/api/v1/decision-trees/[treeKey]/route";
import { GET as checklistsRoute } from "@/app/api/v1/incidents/[incidentRef]/checklists/route";
import { DELETE as undoRoute } from "@/app/api/v1/incidents/[incidentRef]/decision/answers/last/route";
import { POST as answerRoute } from "@/app/api/v1/incidents/[incidentRef]/decision/answers/route";
import { GET as getDecisionRoute, POST as startRoute } from "@/app/api/v1/incidents/[incidentRef]/decision/route";
import { seedIncident } from "@/lib/testing/seed-incident";
import { seedToken } from "@/lib/testing/seed";

/** The decision and checklist route handlers, called as Next.js calls them, with API tokens. */
const ORIGIN = "http://rewind.test";

function call(secret: string, method: string, path: string, body?: unknown): Request {
  const headers: Record<string, string> = { host: "rewind.test", authorization: `Bearer ${secret}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const params = <P extends Record<string, string>>(values: P) => ({ params: Promise.resolve(values) });

describe("decision and checklist routes", () => {
  it("walk a decision over HTTP: start 201, answer, 409 on a stale step, back, checklist tick", async () => {
    const { secret } = await seedToken("commander");
    const incident = await seedIncident({ severity: "high" });
    const ref = params({ incidentRef: incident.key });

    expect(await (await getDecisionRoute(call(secret, "GET", `/api/v1/incidents/${incident.key}/decision`), ref)).json()).toEqual({ decision: null });
    const started = await startRoute(call(secret, "POST", `/api/v1/incidents/${incident.key}/decision`, {}), ref);
    expect(started.status).toBe(201);
    expect((await started.json()).decision).toMatchObject({ status: "in_progress", step: 0, currentNodeId: "severity" });

    const answered = await answerRoute(call(secret, "POST", `/api/v1/incidents/${incident.key}/decision/answers`, { step: 0, nodeId: "severity", answerId: "critical" }), ref);
    expect(answered.status).toBe(200);
    expect((await answered.json()).decision).toMatchObject({ status: "decided", recommendation: { procedureLabel: "Full rollback" } });

    const stale = await answerRoute(call(secret, "POST", `/api/v1/incidents/${incident.key}/decision/answers`, { step: 0, nodeId: "severity", answerId: "low" }), ref);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({ code: "conflict" });

    const back = await undoRoute(call(secret, "DELETE", `/api/v1/incidents/${incident.key}/decision/answers/last?step=1`), ref);
    expect((await back.json()).decision).toMatchObject({ status: "in_progress", step: 0 });
    expect((await undoRoute(call(secret, "DELETE", `/api/v1/incidents/${incident.key}/decision/answers/last`), ref)).status).toBe(400);

    const { checklists } = await (await checklistsRoute(call(secret, "GET", `/api/v1/incidents/${incident.key}/checklists`), ref)).json();
    const item = checklists[0].items[0];
    const itemParams = params({ itemId: item.id });
    const missingReason = await updateItemRoute(call(secret, "PATCH", `/api/v1/checklist-items/${item.id}`, { version: 1, notApplicable: true }), itemParams);
    expect(missingReason.status).toBe(400);
    expect((await missingReason.json()).error.details).toEqual([{ field: "notApplicableReason", message: "is required when notApplicable is true" }]);
    const ticked = await updateItemRoute(call(secret, "PATCH", `/api/v1/checklist-items/${item.id}`, { version: 1, done: true }), itemParams);
    expect((await ticked.json()).item).toMatchObject({ version: 2, doneAt: expect.any(String) });
  });

  it("serve the tree, the template and the matrix; other keys are 404; PUT is for admins and names each problem", async () => {
    const { secret: viewer } = await seedToken("viewer");
    const { secret: admin } = await seedToken("admin");

    const tree = await getTreeRoute(call(viewer, "GET", "/api/v1/decision-trees/default"), params({ treeKey: "default" }));
    expect((await tree.json()).tree).toMatchObject({ key: "default", version: expect.any(Number), content: { startNodeId: expect.any(String) } });
    expect((await getTreeRoute(call(viewer, "GET", "/api/v1/decision-trees/other"), params({ treeKey: "other" }))).status).toBe(404);
    expect((await getTemplateRoute(call(viewer, "GET", "/api/v1/checklist-templates/pre-rollback"), params({ templateKey: "pre-rollback" }))).status).toBe(200);
    expect((await getTemplateRoute(call(viewer, "GET", "/api/v1/checklist-templates/post-mortem"), params({ templateKey: "post-mortem" }))).status).toBe(404);

    const body = { content: { name: "Bad", startNodeId: "q", nodes: [{ kind: "question", id: "q", prompt: "Q?", answers: [{ id: "a", label: "A", next: "gone" }] }] } };
    expect((await putTreeRoute(call(viewer, "PUT", "/api/v1/decision-trees/default", body), params({ treeKey: "default" }))).status).toBe(403);
    const refused = await putTreeRoute(call(admin, "PUT", "/api/v1/decision-trees/default", body), params({ treeKey: "default" }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.details).toEqual([{ field: "nodes.q", message: 'Answer "A" to "Q?" leads to "gone", which does not exist' }]);

    const matrix = await (await matrixRoute(call(viewer, "GET", "/api/v1/decision-matrix"), params({}))).json();
    expect(matrix.rows).toHaveLength(5);
    expect(matrix.alternatives.map((alternative: { label: string }) => alternative.label)).toEqual(["Disable the feature flag", "Investigate before rolling back", "Full rollback"]);
  });
});
