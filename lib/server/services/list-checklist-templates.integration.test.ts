import { describe, expect, it } from "vitest";
import { GET as listTemplatesRoute } from "@/app/api/v1/checklist-templates/route";
import { PRE_ROLLBACK_CHECKLIST } from "@/lib/domain/checklists/checklist-template";
import { CHECKLIST_TEMPLATE_KEYS } from "@/lib/domain/schemas/checklists";
import { db } from "@/lib/server/db/client";
import { seedToken, seedUser } from "@/lib/testing/seed";
import { listChecklistTemplates } from "./list-checklist-templates";
import { publishChecklistTemplate } from "./publish-checklist-template";

const ORIGIN = "http://rewind.test";
const noParams = { params: Promise.resolve({}) };

function getTemplates(headers: Record<string, string>): Request {
  return new Request(`${ORIGIN}/api/v1/checklist-templates`, { headers: { host: "rewind.test", ...headers } });
}

// The tests share this file's database and run in order: the first sees no template yet.
describe("listing checklist templates", () => {
  it("lists every known template at its active version, seeding the built-ins as version 1 once", async () => {
    const { caller: viewer } = await seedUser("viewer");
    expect(await db().checklistTemplate.count()).toBe(0);

    const lists = await Promise.all(Array.from({ length: 3 }, () => listChecklistTemplates(viewer)));

    for (const templates of lists) {
      expect(templates.map((template) => template.key)).toEqual([...CHECKLIST_TEMPLATE_KEYS]);
    }
    expect(lists[0]?.[0]).toEqual({ key: "pre-rollback", version: 1, content: PRE_ROLLBACK_CHECKLIST, createdAt: expect.any(String) });
    expect(await db().checklistTemplate.count({ where: { key: "pre-rollback" } })).toBe(1);
  });

  it("shows the newest version once an admin publishes one", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: viewer } = await seedUser("viewer");
    const shorter = { name: "Short pre-rollback", groups: [{ title: "Only", items: [{ text: "Tell the team" }] }] };

    const published = await publishChecklistTemplate(admin, "pre-rollback", shorter, null);
    const [listed] = await listChecklistTemplates(viewer);

    expect(listed).toEqual({ key: "pre-rollback", version: published.version, content: shorter, createdAt: published.createdAt });
    expect(published.version).toBe(2);
  });

  it("answers GET /api/v1/checklist-templates with { templates } for any role, and 401 without credentials", async () => {
    const { secret } = await seedToken("viewer");

    const response = await listTemplatesRoute(getTemplates({ authorization: `Bearer ${secret}` }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      templates: [
        expect.objectContaining({ key: "pre-rollback", version: 2, content: expect.objectContaining({ name: "Short pre-rollback" }) }),
        expect.objectContaining({ key: "post-rollback", version: 1, content: expect.objectContaining({ name: "Post-rollback checklist" }) }),
        expect.objectContaining({ key: "rollback-verification", version: 1 }),
        expect.objectContaining({ key: "success-criteria", version: 1 }),
      ],
    });

    const anonymous = await listTemplatesRoute(getTemplates({}), noParams);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthorized" } });
  });
});
