import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

const HOSTILE_LINE = "<script>window.__pwned=1</script>";

async function declareViaApi(page: Page, title: string): Promise<string> {
  const response = await page.request.post("/api/v1/incidents", {
    headers: { authorization: `Bearer ${seeded().commanderToken}` },
    data: { title, severity: "high", serviceIds: [seeded().serviceId] },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { incident: { key: string } }).incident.key;
}

async function expectNotPwned(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

function postMortemPanel(page: Page) {
  return page.getByRole("region", { name: "Post-mortem" });
}

test.describe("the post-mortem after the rollback", () => {
  test("resolving drafts it; it is edited, reviewed, published and exported, and then the incident closes", async ({ signedInAs }) => {
    // Resolve, edit, action item, review, publish, export, print, axe, close: one long journey.
    test.slow();
    const page = await signedInAs("commander");
    const key = await declareViaApi(page, `Checkout 500s after release ${Date.now()}`);

    await page.goto(`/incidents/${key}`);
    await expect(postMortemPanel(page).getByText("Rewind drafts the post-mortem")).toBeVisible({ timeout: 15_000 });
    await page.getByRole("button", { name: "Move to resolved" }).click();
    // The draft arrives through the room push, without a reload.
    await expect(postMortemPanel(page).getByText("Draft", { exact: true })).toBeVisible({ timeout: 15_000 });
    const close = page.getByRole("button", { name: "Move to closed" });
    await expect(close).toBeDisabled();
    await expect(close).toHaveAccessibleDescription(/Publish the post-mortem first \(it is draft\)/);

    await postMortemPanel(page).getByRole("link", { name: "Open the post-mortem" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${key} post-mortem` })).toBeVisible({ timeout: 15_000 });
    const editor = page.getByLabel("Post-mortem (Markdown)");
    await expect(editor).toHaveValue(/## Timeline\n- \d\d:\d\d UTC — .*declared/);
    await expect(editor).toHaveValue(new RegExp(`moved ${key} from declared to resolved`));

    await editor.fill(`${await editor.inputValue()}\n\n${HOSTILE_LINE}\n\nThe canary stage was skipped.\n`);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText(HOSTILE_LINE)).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("All changes saved (version 2)")).toBeVisible();
    await expectNotPwned(page);

    const addForm = page.getByRole("form", { name: "Add an action item" });
    await addForm.getByLabel("New action item").fill("Add a canary stage to the checkout deploy");
    await addForm.getByLabel("Owner").selectOption({ label: "E2E Responder" });
    await addForm.getByLabel("Due date").fill("2030-01-15");
    await addForm.getByRole("button", { name: "Add" }).click();
    const items = page.getByRole("region", { name: "Action items" });
    await expect(items.getByRole("combobox", { name: "Status of “Add a canary stage to the checkout deploy”" })).toHaveValue("open");
    await expect(items.getByText("1 open")).toBeVisible();

    await expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Send for review" }).click();
    await expect(page.getByText("In review", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Post-mortem (Markdown)")).toHaveCount(0);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("Published", { exact: true })).toBeVisible();
    const article = page.getByRole("article", { name: "Post-mortem" });
    await expect(article.getByText(HOSTILE_LINE)).toBeVisible();
    await expectNotPwned(page);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export Markdown" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${key}-post-mortem.md`);
    const markdown = await readFile(await download.path(), "utf8");
    expect(markdown).toContain(`> ${key} post-mortem · Published`);
    expect(markdown).toContain("| Add a canary stage to the checkout deploy | E2E Responder | 2030-01-15 | Open |");
    expect(markdown).toMatch(new RegExp(`## Recorded Timeline\\n(- .*\\n)*- \\d\\d:\\d\\d UTC — .*moved ${key} from declared to resolved`));
    expect(markdown).toContain(HOSTILE_LINE);

    await page.getByRole("link", { name: "Print or save as PDF" }).click();
    const printable = page.getByRole("article", { name: "Printable post-mortem" });
    await expect(printable.getByText(HOSTILE_LINE)).toBeVisible({ timeout: 15_000 });
    await expect(printable.locator("script")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Download PDF" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expectNotPwned(page);

    await page.goto(`/incidents/${key}`);
    await expect(postMortemPanel(page).getByText("The incident can be closed.")).toBeVisible({ timeout: 15_000 });
    await expect(postMortemPanel(page).getByText("Add a canary stage to the checkout deploy")).toBeVisible();
    await page.getByRole("button", { name: "Move to closed" }).click();
    await expect(page.getByText("The incident is closed: its status cannot change any more.")).toBeVisible();
  });

  test("a viewer reads it without editing, and a private incident's post-mortem is a 404 to outsiders", async ({ signedInAs, request }) => {
    const page = await signedInAs("viewer");
    const key = await declareViaApi(page, `Read-only post-mortem ${Date.now()}`);
    const commander = { authorization: `Bearer ${seeded().commanderToken}` };
    const incident = (await (await request.get(`/api/v1/incidents/${key}`, { headers: commander })).json()) as { incident: { version: number } };
    expect((await request.post(`/api/v1/incidents/${key}/transitions`, { headers: commander, data: { to: "resolved", version: incident.incident.version } })).status()).toBe(200);

    await page.goto(`/incidents/${key}/post-mortem`);
    await expect(page.getByRole("article", { name: "Post-mortem" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel("Post-mortem (Markdown)")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Send for review" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Add an action item" })).toHaveCount(0);

    // An admin token sees private incidents; a commander token takes part in nothing, so it would not.
    const admin = { authorization: `Bearer ${seeded().adminToken}` };
    const secret = await request.post("/api/v1/incidents", { headers: admin, data: { title: "Leaked key", severity: "critical", scenario: "security_vulnerability", serviceIds: [seeded().serviceId] } });
    const secretIncident = ((await secret.json()) as { incident: { key: string; version: number; private: boolean } }).incident;
    expect(secretIncident.private).toBe(true);
    expect((await request.post(`/api/v1/incidents/${secretIncident.key}/transitions`, { headers: admin, data: { to: "resolved", version: secretIncident.version } })).status()).toBe(200);
    const viewer = { authorization: `Bearer ${seeded().viewerToken}` };
    expect((await request.get(`/api/v1/incidents/${secretIncident.key}/post-mortem`, { headers: admin })).status()).toBe(200);
    expect((await request.get(`/api/v1/incidents/${secretIncident.key}/post-mortem`, { headers: viewer })).status()).toBe(404);
    expect((await request.get(`/api/v1/incidents/${secretIncident.key}/post-mortem/export?format=markdown`, { headers: viewer })).status()).toBe(404);
    await page.goto(`/incidents/${secretIncident.key}/post-mortem/print`);
    await expect(page.getByText("No incident with this id")).toBeVisible({ timeout: 15_000 });
  });
});
