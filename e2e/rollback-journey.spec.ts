import type { Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

const commanderHeaders = () => ({ authorization: `Bearer ${seeded().commanderToken}` });
const SERVICE = "storefront";

async function storefrontId(page: Page): Promise<string> {
  const response = await page.request.get("/api/v1/services", { headers: commanderHeaders() });
  const { services } = (await response.json()) as { services: { id: string; slug: string }[] };
  return services.find((service) => service.slug === SERVICE)!.id;
}

test.describe("a guided rollback on the sandbox, in the browser", () => {
  test.afterEach(async ({ request }) => {
    expect((await request.post(`/api/v1/demo/reset?service=${SERVICE}`, { headers: commanderHeaders() })).status()).toBe(200);
  });

  test("bad release → wizard → run the plan → logs stream → verification passes → the chart shows the recovery and the rollback marker", async ({ signedInAs }) => {
    // A real rollback: the step waits for the deploy, then verification watches 20 s of live traffic.
    test.slow();
    const page = await signedInAs("commander");
    const bad = await page.request.post("/api/v1/demo/bad-release", { headers: commanderHeaders(), data: { serviceSlug: SERVICE } });
    expect(bad.status(), await bad.text()).toBe(200);
    const declared = await page.request.post("/api/v1/incidents", {
      headers: commanderHeaders(),
      data: { title: `Storefront errors after 1.5.0 ${Date.now()}`, severity: "critical", serviceIds: [await storefrontId(page)] },
    });
    expect(declared.status(), await declared.text()).toBe(201);
    const { key } = ((await declared.json()) as { incident: { key: string } }).incident;

    await page.goto(`/incidents/${key}`);
    const decision = page.getByRole("region", { name: "Guided decision" });
    await decision.getByRole("button", { name: "Start the guided decision" }).click();
    await expect(decision.getByRole("heading", { name: "How severe is the issue?" })).toBeVisible();
    await page.keyboard.press("1");
    await expect(decision.getByRole("paragraph").filter({ hasText: /^Immediate full rollback$/ })).toBeVisible();

    const rollback = page.getByRole("region", { name: "Rollback", exact: true });
    await rollback.getByLabel("Rollback plan").selectOption({ label: "storefront · Immediate rollback (2 steps)" });
    await rollback.getByLabel("Reason").fill("error rate above 5% after deploying 1.5.0");
    await rollback.getByRole("button", { name: "Start rollback" }).click();

    const run = rollback.getByRole("article", { name: "Rollback: Immediate rollback" });
    await expect(run).toBeVisible({ timeout: 15_000 });
    const steps = run.getByRole("list", { name: "Steps" }).getByRole("listitem").filter({ has: page.getByText(/^\d\. /) });
    await expect(steps.nth(0)).toContainText("Done", { timeout: 20_000 });
    await expect(steps.nth(1)).toContainText("Done", { timeout: 15_000 });
    // The step's log, kept with the run (bench/rollback-engine.ts measures how fast lines reach viewers).
    await steps.nth(0).getByRole("button", { name: /Show log \(\d+ lines\)/ }).click();
    const firstLog = run.getByRole("list", { name: /Log of step 1/ });
    await expect(firstLog).toContainText("Running “Switch to the previous deployment”");
    await expect(firstLog).toContainText(/1\.5\.0/);
    await expect(firstLog).toContainText(/1\.4\.2/);

    await expect(run.getByText("Verification passed: service is restored")).toBeVisible({ timeout: 45_000 });
    await expect(run.getByRole("table", { name: "Verification checks" })).toContainText("Error rate");
    // The captured manifest ticked the pre-rollback checklist's capture items.
    await expect(page.getByRole("region", { name: "Pre-rollback checklist" }).getByRole("checkbox", { name: /Record the current version/ })).toBeChecked();
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Verification passed");
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/services/${SERVICE}`);
    const chart = page.getByTestId("chart-error-rate");
    await expect.poll(async () => Number(await chart.getAttribute("data-latest")), { message: "the error rate back under 5%", timeout: 15_000 }).toBeLessThan(5);
    const markers = page.getByRole("region", { name: /Deploys, rollbacks, verifications and incidents/ });
    await expect(markers).toContainText("Rollback started: Immediate rollback");
    await expect(markers).toContainText("Rollback to 1.4.2");
    await expect(markers).toContainText("Verified:");
    await expect(page.getByRole("region", { name: "Rollback plans, runs and drills" }).getByRole("table", { name: "Rollback and drill history" })).toContainText("verified");
  });

  test("a responder sees the run but cannot start one, and a drill from the service page records its findings", async ({ signedInAs }) => {
    const responder = await signedInAs("responder");
    await responder.goto(`/services/${SERVICE}`);
    const section = responder.getByRole("region", { name: "Rollback plans, runs and drills" });
    // The section renders once the service's health window has loaded: a first render, slow on a loaded machine.
    await expect(section).toBeVisible({ timeout: 15_000 });
    await expect(section.getByText("Run a drill (no side effects)")).toHaveCount(0);

    const commander = await signedInAs("commander");
    await commander.goto(`/services/${SERVICE}`);
    const drillSection = commander.getByRole("region", { name: "Rollback plans, runs and drills" });
    await expect(drillSection).toBeVisible({ timeout: 15_000 });
    await drillSection.getByText("Run a drill (no side effects)").click();
    await drillSection.getByLabel("Rollback plan").selectOption({ label: "storefront · Immediate rollback (2 steps)" });
    await drillSection.getByLabel("Reason").fill("monthly drill");
    await drillSection.getByRole("button", { name: "Start drill" }).click();
    const drill = drillSection.getByRole("article", { name: "Drill: Immediate rollback" });
    await expect(drill.getByText("Completed")).toBeVisible({ timeout: 20_000 });
    await expect(drill).toContainText("Dry run passed");
    await expect(drillSection.getByRole("table", { name: "Rollback and drill history" })).toContainText("Drill");
  });
});
