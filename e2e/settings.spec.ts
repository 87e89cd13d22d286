import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

test.describe("settings, as an admin", () => {
  test("creates an API token that is shown once and works, then revokes it", async ({ signedInAs, request }) => {
    const page = await signedInAs("admin");
    await page.goto("/settings/tokens");
    await page.getByLabel("Name").fill("Alertmanager e2e");
    await page.getByLabel("Role").selectOption("viewer");
    await page.getByRole("button", { name: "Create token" }).click();

    await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
    const secret = (await page.getByText(/^rwd_[\w-]{43}$/).textContent())?.trim() ?? "";
    expect(secret).toMatch(/^rwd_/);
    const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
    expect(await me.json()).toMatchObject({ caller: { kind: "token", name: "Alertmanager e2e", role: "viewer" } });

    await page.reload();
    await expect(page.getByText(secret)).toHaveCount(0);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Revoke Alertmanager e2e" }).click();
    await expect(page.getByRole("row", { name: /Alertmanager e2e/ })).toContainText(/revoked/i);
    expect((await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
  });

  test("adds a user with a generated password that signs in", async ({ signedInAs, browser }) => {
    const page = await signedInAs("admin");
    await page.goto("/settings/users");
    await page.getByLabel("Email").fill("ui-created@e2e.test");
    await page.getByLabel("Name").fill("Ui Created");
    await page.getByLabel("Role", { exact: true }).selectOption("responder");
    await page.getByRole("button", { name: "Create user" }).click();
    const password = (await page.getByTestId("one-time-secret").textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(20);
    await expect(page.getByRole("row", { name: /ui-created@e2e.test/ })).toBeVisible();

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto("/login");
    await fresh.getByLabel("Email").fill("ui-created@e2e.test");
    await fresh.getByLabel("Password").fill(password);
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await expect(fresh.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
    await context.close();
  });

  test("shows changes in the audit log live, as they happen", async ({ signedInAs, request }) => {
    const page = await signedInAs("admin");
    await page.goto("/settings/audit");
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

    const response = await request.post("/api/v1/tokens", { headers: { authorization: `Bearer ${seeded().adminToken}` }, data: { name: "made-while-watching", role: "viewer" } });
    expect(response.status()).toBe(201);
    await expect(page.getByText("made-while-watching")).toBeVisible();
  });

  test("the flags, secrets and runbook-script pages have no serious accessibility violations", async ({ signedInAs }) => {
    const page = await signedInAs("admin");
    for (const [path, heading] of [["/settings/flags", "Feature flags"], ["/settings/secrets", "Secrets"], ["/settings/scripts", "Runbook scripts"]] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
});
