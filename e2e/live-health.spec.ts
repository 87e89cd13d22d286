import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

const commander = () => ({ authorization: `Bearer ${seeded().commanderToken}` });

test.describe("live health on the demo fleet", () => {
  test.afterEach(async ({ request }) => {
    // The fleet is shared by every spec: put this spec's service back, and leave the others' alone (specs run side by side).
    expect((await request.post("/api/v1/demo/reset?service=checkout-api", { headers: commander() })).status()).toBe(200);
  });

  test("after Deploy a bad release, the error-rate chart crosses the 5% line and the signal appears within 15 s, without a reload", async ({ signedInAs }) => {
    const page = await signedInAs("commander");
    await page.goto("/services");
    const tile = page.getByRole("link", { name: /HomeVerse Checkout API/ });
    await expect(tile).toBeVisible();
    await tile.click();
    await expect(page).toHaveURL(/\/services\/checkout-api$/);
    await expect(page.getByRole("main").getByText("Live", { exact: true })).toBeVisible();

    const chart = page.getByTestId("chart-error-rate");
    await expect(chart).toHaveAttribute("data-threshold", "5");
    await expect(chart.getByText("5% threshold", { exact: true })).toBeVisible();
    await expect.poll(async () => Number(await chart.getAttribute("data-latest")), { message: "a healthy error rate first", timeout: 15_000 }).toBeLessThan(5);
    // Set on this document: a reload or a full navigation would lose it.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    const demo = await page.request.post("/api/v1/demo/bad-release", { headers: commander(), data: {} });
    expect(demo.status(), await demo.text()).toBe(200);

    await expect.poll(async () => Number(await chart.getAttribute("data-latest")), { message: "the error rate to cross 5%", timeout: 15_000 }).toBeGreaterThan(5);
    await expect(page.getByTestId("signal-banner").getByRole("alert").filter({ hasText: /error rate \d+(\.\d)?% > 5%/ })).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test("the overview's button starts the story on the broken service's page", async ({ signedInAs }) => {
    const page = await signedInAs("commander");
    await page.goto("/services");
    await expect(page.getByTestId("health-status").first()).toBeVisible();
    await page.getByRole("button", { name: "Deploy a bad release" }).click();
    // The button opens the broken service's page; its status turns degraded live.
    await expect(page).toHaveURL(/\/services\/checkout-api$/);
    await expect(page.getByTestId("health-status").first()).toHaveAttribute("data-status", "degraded", { timeout: 15_000 });
  });

  test("an unreachable target is shown as down, with its error", async ({ signedInAs, request }) => {
    const admin = { authorization: `Bearer ${seeded().adminToken}` };
    const created = await request.post("/api/v1/services", { headers: admin, data: { name: "Legacy Search", slug: "legacy-search", team: "Search", environment: "production" } });
    expect(created.status(), await created.text()).toBe(201);
    // Nothing listens on this loopback port, so every probe is refused.
    const source = await request.post("/api/v1/services/legacy-search/health-sources", {
      headers: admin,
      data: { name: "Search probe", kind: "http_probe", intervalSeconds: 1, config: { url: "http://127.0.0.1:65530/health", timeoutMs: 1_000 } },
    });
    expect(source.status(), await source.text()).toBe(201);
    await expect
      .poll(async () => ((await (await request.get("/api/v1/services/legacy-search/health-sources", { headers: admin })).json()) as { sources: { consecutiveFailures: number }[] }).sources[0]?.consecutiveFailures, {
        message: "the collector to have failed the probe",
        timeout: 15_000,
      })
      .toBeGreaterThan(0);

    const page = await signedInAs("viewer");
    await page.goto("/services/legacy-search");
    await expect(page.getByTestId("health-status").first()).toHaveAttribute("data-status", "down");
    await expect(page.getByRole("main").getByText(/Search probe:.*ECONNREFUSED/)).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the services overview and a service page have no serious accessibility violations (${colorScheme})`, async ({ signedInAs }) => {
      // axe over pages of live charts takes tens of seconds on 2 cores: slow by nature, not stuck.
      test.slow();
      const page = await signedInAs("admin");
      await page.emulateMedia({ colorScheme });
      for (const path of ["/services", "/services/checkout-api"]) {
        await page.goto(path);
        await expect(page.getByTestId("health-status").first()).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });
  }
});
