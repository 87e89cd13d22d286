import { E2E_SERVER } from "./support/e2e-environment";
import { expect, seeded, test } from "./support/fixtures";

test.describe("signing in through the real form", () => {
  test("sends an anonymous visitor to the sign-in page, then back to where they were going", async ({ page }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in to Rewind" })).toBeVisible();

    await page.getByLabel("Email").fill(E2E_SERVER.admin.email);
    await page.getByLabel("Password").fill(E2E_SERVER.admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    // A bcrypt check (cost 12), a redirect and a full page render: give a loaded CI machine time.
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("banner")).toContainText("Administrator");
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  });

  test("says the credentials are wrong without telling whether the account exists", async ({ page }) => {
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.20" });
    await page.goto("/login");
    for (const email of [seeded().users.viewer.email, "nobody@e2e.test"]) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("definitely-wrong");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Email or password is incorrect/);
    }
    await expect(page).toHaveURL(/\/login/);
  });

  test("tells a person locked out by the limit to wait", async ({ page }) => {
    // Eleven real sign-ins, each a bcrypt check: slow by nature on a loaded 2-core machine.
    test.slow();
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.21" });
    await page.goto("/login");
    const email = page.getByLabel("Email");
    const password = page.getByLabel("Password");
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await email.fill(`lockout-${attempt}@e2e.test`);
      await password.fill("wrong");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(/incorrect/, { timeout: 15_000 });
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await email.fill(seeded().users.viewer.email);
    await password.fill(seeded().users.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Too many failed sign-ins/, { timeout: 15_000 });
  });

  test("signs out", async ({ signedInAs }) => {
    const page = await signedInAs("viewer");
    await page.goto("/incidents");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/incidents");
    await expect(page).toHaveURL(/\/login/);
  });
});
