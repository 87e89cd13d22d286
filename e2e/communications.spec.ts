import type { Page } from "@playwright/test";
import { startRecordingHttpServer, type RecordingHttpServer } from "../lib/testing/recording-http-server";
import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

let chat: RecordingHttpServer;
test.beforeAll(async () => {
  chat = await startRecordingHttpServer();
});
test.afterAll(async () => {
  await chat?.stop();
});

/** A secret holding the recording server's URL and a chat channel naming it, through the admin API. */
async function chatChannelViaApi(page: Page, suffix: string): Promise<string> {
  const headers = { authorization: `Bearer ${seeded().adminToken}` };
  const secret = await page.request.post("/api/v1/secrets", { headers, data: { name: `e2e-chat-${suffix}`, value: `${chat.url}/hooks/e2e-token-${suffix}` } });
  expect(secret.status(), await secret.text()).toBe(201);
  const name = `#inc-e2e-${suffix}`;
  const channel = await page.request.post("/api/v1/communication-channels", { headers, data: { name, kind: "chat_webhook", config: { url: { secret: `e2e-chat-${suffix}` } } } });
  expect(channel.status(), await channel.text()).toBe(201);
  expect(await channel.text()).not.toContain("e2e-token");
  return name;
}

async function declareViaApi(page: Page, title: string): Promise<string> {
  const response = await page.request.post("/api/v1/incidents", {
    headers: { authorization: `Bearer ${seeded().commanderToken}` },
    data: { title, severity: "high", serviceIds: [seeded().serviceId] },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { incident: { key: string } }).incident.key;
}

test.describe("incident communications", () => {
  test("a responder renders the RESOLVED message, copies it, edits it, sends it to a chat webhook, and sees it in the history and on the timeline", async ({ signedInAs, context }) => {
    test.slow();
    const suffix = `${Date.now()}`;
    const page = await signedInAs("responder");
    const channelName = await chatChannelViaApi(page, suffix);
    const key = await declareViaApi(page, `Checkout 500s after release ${suffix}`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);

    await page.goto(`/incidents/${key}`);
    const panel = page.getByRole("region", { name: "Communications" });
    await expect(panel.getByLabel("Template")).toHaveValue("resolved", { timeout: 15_000 });
    await expect(panel.getByLabel("Subject")).toHaveValue("[RESOLVED] HomeVerse Checkout API rollback completed");
    const message = panel.getByRole("textbox", { name: "Message", exact: true });
    await expect(message).toHaveValue(/We have successfully completed a rollback of HomeVerse Checkout API to address \[Issue description\]\./);
    await expect(message).toHaveValue(/- \*\*Issue Detected\*\*: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    // No rollback ran yet: Rewind says so instead of printing "undefined".
    await expect(panel.getByText(/Rewind has no value yet for: .*Version rolled back from/)).toBeVisible();
    await expect(message).not.toHaveValue(/undefined/);

    await panel.getByRole("button", { name: "Copy message" }).click();
    await expect(panel.getByText("Copied", { exact: true })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith("[RESOLVED] HomeVerse Checkout API rollback completed\n\n### Summary")).toBe(true);

    await message.fill(`${await message.inputValue()}\n\nSent from the e2e suite.`);
    await panel.getByLabel("Channel").selectOption({ label: `${channelName} (chat webhook)` });
    const arrived = chat.nextRequest();
    await panel.getByRole("button", { name: "Send", exact: true }).click();
    const request = await arrived;
    expect(request.url).toBe(`/hooks/e2e-token-${suffix}`);
    const text = (JSON.parse(request.body) as { text: string }).text;
    expect(text.startsWith("[RESOLVED] HomeVerse Checkout API rollback completed\n\n### Summary")).toBe(true);
    expect(text.endsWith("Sent from the e2e suite.")).toBe(true);

    await expect(panel.getByText(`Sent to ${channelName}`)).toBeVisible();
    const history = panel.getByRole("list", { name: "Sent messages" });
    await expect(history.getByRole("listitem").filter({ hasText: channelName })).toContainText("Sent");
    await expect(page.getByRole("region", { name: "Timeline" }).getByText(`sent “[RESOLVED] HomeVerse Checkout API rollback completed” to ${channelName}`)).toBeVisible();
    await expect(await seriousViolations(page)).toEqual([]);
  });

  test("the settings page lists the channels, offers the form, and has no serious axe violations", async ({ signedInAs }) => {
    const page = await signedInAs("admin");
    const channelName = await chatChannelViaApi(page, `settings-${Date.now()}`);
    await page.goto("/settings/communications");
    await expect(page.getByRole("heading", { level: 3, name: channelName })).toBeVisible({ timeout: 15_000 });
    await expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Add a channel" }).click();
    const form = page.getByRole("form", { name: "Add a channel" });
    await form.getByLabel("Kind").selectOption("email");
    await expect(form.getByLabel("SMTP host")).toBeVisible();
    await expect(await seriousViolations(page)).toEqual([]);
  });
});
