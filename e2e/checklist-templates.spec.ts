import type { APIRequestContext, Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

type TemplateContent = { name: string; groups: { title: string; items: { text: string; hint?: string }[] }[] };
type TemplateVersion = { key: string; version: number; content: TemplateContent };
type ChecklistItem = { text: string; groupTitle: string };

const TEMPLATE_PATH = "/api/v1/checklist-templates/pre-rollback";
const admin = () => ({ authorization: `Bearer ${seeded().adminToken}` });
const commander = () => ({ authorization: `Bearer ${seeded().commanderToken}` });

async function activeTemplate(request: APIRequestContext): Promise<TemplateVersion> {
  const response = await request.get(TEMPLATE_PATH, { headers: admin() });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { template: TemplateVersion }).template;
}

async function publishViaApi(request: APIRequestContext, content: TemplateContent): Promise<number> {
  const response = await request.put(TEMPLATE_PATH, { headers: admin(), data: { content } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { template: TemplateVersion }).template.version;
}

/** An incident whose decision went straight to a full rollback (critical), so it has the pre-rollback checklist. */
async function incidentWithChecklist(request: APIRequestContext, title: string): Promise<string> {
  const declared = await request.post("/api/v1/incidents", { headers: commander(), data: { title, severity: "critical", serviceIds: [seeded().serviceId] } });
  expect(declared.status(), await declared.text()).toBe(201);
  const { key } = ((await declared.json()) as { incident: { key: string } }).incident;
  expect((await request.post(`/api/v1/incidents/${key}/decision`, { headers: commander(), data: {} })).status()).toBe(201);
  const answered = await request.post(`/api/v1/incidents/${key}/decision/answers`, { headers: commander(), data: { step: 0, nodeId: "severity", answerId: "critical" } });
  expect(answered.status(), await answered.text()).toBe(200);
  return key;
}

async function checklistOf(request: APIRequestContext, key: string): Promise<{ template: { version: number }; items: ChecklistItem[] }> {
  const response = await request.get(`/api/v1/incidents/${key}/checklists`, { headers: commander() });
  const { checklists } = (await response.json()) as { checklists: { template: { version: number }; items: ChecklistItem[] }[] };
  const [checklist] = checklists;
  if (!checklist) throw new Error(`${key} has no checklist`);
  return checklist;
}

function editor(page: Page) {
  return page.getByRole("region", { name: "Edit “Pre-rollback checklist”" });
}

async function openEditor(page: Page) {
  await page.goto("/settings/checklists");
  await expect(page.getByRole("heading", { name: "Checklist templates", level: 1 })).toBeVisible();
  await expect(editor(page).getByLabel("Checklist name")).toHaveValue("Pre-rollback checklist");
}

/*
 * Every spec shares the e2e server, and the incident specs running beside
 * this one create pre-rollback checklists and count their 12 items by name.
 * So the edits here keep the count and the items those specs name, and each
 * test puts the template's content back when it ends.
 */
let original: TemplateContent;
test.beforeEach(async ({ request }) => {
  original = (await activeTemplate(request)).content;
});
test.afterEach(async ({ request }) => {
  await publishViaApi(request, original);
});

test.describe("checklist templates in Settings", () => {
  test("an admin adds an item by keyboard, removes another and publishes: new incidents get the new version, older ones keep theirs", async ({ signedInAs, request }) => {
    const before = await incidentWithChecklist(request, "Checklist made before the edit");
    const startVersion = (await activeTemplate(request)).version;
    const page = await signedInAs("admin");
    await openEditor(page);
    await expect(page.getByRole("region", { name: "Templates" })).toContainText(`version ${startVersion}`);

    const communicate = editor(page).getByRole("group", { name: "Group 2" });
    await expect(communicate.getByLabel("Title")).toHaveValue("Communicate");
    await communicate.getByRole("button", { name: "Add an item to group 2" }).focus();
    await page.keyboard.press("Enter");
    await expect(communicate.getByLabel("Item 4", { exact: true })).toBeFocused();
    await page.keyboard.type("Tell customer support what to expect");
    await communicate.getByRole("button", { name: "Move item 4 up" }).focus();
    await page.keyboard.press("Enter");
    await expect(communicate.getByLabel("Item 3", { exact: true })).toHaveValue("Tell customer support what to expect");
    await expect(communicate.getByRole("button", { name: "Move item 3 up" })).toBeFocused();

    const capture = editor(page).getByRole("group", { name: "Group 3" });
    await expect(capture.getByLabel("Item 4", { exact: true })).toHaveValue("Take a database dump if data may be touched");
    await capture.getByRole("button", { name: "Remove item 4" }).click();
    await expect(capture.getByLabel("Item 4", { exact: true })).toHaveValue("Write the rollback manifest: time, version, reason, initiator");
    await expect(capture.getByLabel("Item 5", { exact: true })).toHaveCount(0);

    await editor(page).getByRole("button", { name: "Publish new version" }).click();
    await expect(editor(page).getByRole("status").filter({ hasText: `Version ${startVersion + 1} published` })).toBeVisible();
    await expect(editor(page)).toContainText(`You are editing version ${startVersion + 1}`);
    await expect(page.getByRole("region", { name: "Templates" })).toContainText(`version ${startVersion + 1}`);

    const published = await activeTemplate(request);
    expect(published.version).toBe(startVersion + 1);
    expect(published.content.groups[1]?.items.map((item) => item.text)).toEqual([
      "Notify the team on the incident channel",
      "Create or link the incident ticket",
      "Tell customer support what to expect",
      "Update the status page if the issue is user-facing",
    ]);
    expect(published.content.groups[2]?.items.map((item) => item.text)).not.toContain("Take a database dump if data may be touched");

    const older = await checklistOf(request, before);
    expect(older.template.version).toBe(startVersion);
    expect(older.items.map((item) => item.text)).toContain("Take a database dump if data may be touched");
    expect(older.items.map((item) => item.text)).not.toContain("Tell customer support what to expect");

    const after = await incidentWithChecklist(request, "Checklist made after the edit");
    await page.goto(`/incidents/${after}`);
    const checklist = page.getByRole("region", { name: "Pre-rollback checklist" });
    // A full incident page (live charts included) on a loaded 2-core machine: give its first render time.
    await expect(checklist.getByRole("checkbox", { name: "Tell customer support what to expect" })).toBeVisible({ timeout: 15_000 });
    await expect(checklist.getByText("0 of 12 done")).toBeVisible();
  });

  test("an empty item is refused with the reason next to that item, and nothing is published", async ({ signedInAs, request }) => {
    const startVersion = (await activeTemplate(request)).version;
    const page = await signedInAs("admin");
    await openEditor(page);

    const assess = editor(page).getByRole("group", { name: "Group 1" });
    const item = assess.getByLabel("Item 2", { exact: true });
    await item.fill("   ");
    await editor(page).getByRole("button", { name: "Publish new version" }).click();

    await expect(editor(page).getByRole("alert").filter({ hasText: "Not published: fix the problems marked below" })).toBeVisible();
    await expect(item).toBeFocused();
    await expect(item).toHaveAttribute("aria-invalid", "true");
    await expect(item).toHaveAccessibleDescription("is required");
    expect((await activeTemplate(request)).version).toBe(startVersion);

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }

    await item.fill("Determine if this is a partial or complete rollback");
    await expect(item).not.toHaveAttribute("aria-invalid", "true");
  });

  test("a version published meanwhile is shown as a conflict with the current version, and can be published over", async ({ signedInAs, request }) => {
    const page = await signedInAs("admin");
    await openEditor(page);
    const meanwhile = await publishViaApi(request, original);

    const hint = editor(page).getByRole("group", { name: "Group 1" }).getByLabel("Hint for item 1");
    await hint.fill("Paste the first error you saw");
    await editor(page).getByRole("button", { name: "Publish new version" }).click();

    const conflict = editor(page).getByRole("alert").filter({ hasText: `Not published: version ${meanwhile} was published while you were editing` });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("button", { name: `Load version ${meanwhile}` })).toBeVisible();
    expect((await activeTemplate(request)).version).toBe(meanwhile);

    await conflict.getByRole("button", { name: `Publish yours as version ${meanwhile + 1}` }).click();
    await expect(editor(page).getByRole("status").filter({ hasText: `Version ${meanwhile + 1} published` })).toBeVisible();
    const published = await activeTemplate(request);
    expect(published.version).toBe(meanwhile + 1);
    expect(published.content.groups[0]?.items[0]).toEqual({ text: "Document the specific issue(s)", hint: "Paste the first error you saw" });
  });

  test("fits a phone, in both colour schemes, without serious accessibility violations", async ({ signedInAs }) => {
    const page = await signedInAs("admin");
    await page.setViewportSize({ width: 390, height: 844 });
    await openEditor(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });

  test("is linked from Settings for admins, and refused to other roles", async ({ signedInAs }) => {
    const page = await signedInAs("admin");
    await page.goto("/settings");
    await page.getByRole("link", { name: /Checklist templates/ }).click();
    await expect(page.getByRole("heading", { name: "Checklist templates", level: 1 })).toBeVisible();

    const commanderPage = await signedInAs("commander");
    await commanderPage.goto("/settings");
    await expect(commanderPage.getByRole("link", { name: /Checklist templates/ })).toHaveCount(0);
    await commanderPage.goto("/settings/checklists");
    await expect(commanderPage.getByText("You need the admin role")).toBeVisible();
    await expect(commanderPage.getByLabel("Checklist name")).toHaveCount(0);
  });
});
