import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

type PlanDto = { name: string; type: string; steps: { name: string; kind: string; params: Record<string, unknown>; description: string }[] };

const admin = () => ({ authorization: `Bearer ${seeded().adminToken}` });

/*
 * A service of this spec's own: the demo services have built-in plans that
 * the rollback specs run, and a plan added to them could be picked instead.
 */
const SERVICE = { name: "Plan Editor Shop", slug: "plan-editor-shop", team: "Checkout", environment: "production" };
const INSTRUCTIONS = "Purge the CDN cache for shop.example.com in the CDN console";

test.describe("rollback plan editor", () => {
  test("an admin writes a plan with a manual step: an unknown parameter is named at its step until fixed, then the plan is listed", async ({ signedInAs, request }) => {
    const created = await request.post("/api/v1/services", { headers: admin(), data: SERVICE });
    expect(created.status(), await created.text()).toBe(201);
    const plansPath = `/api/v1/services/${SERVICE.slug}/rollback-plans`;

    const page = await signedInAs("admin");
    await page.goto(`/services/${SERVICE.slug}/plans`);
    await expect(page.getByRole("heading", { name: `${SERVICE.name}: rollback plans`, level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "No rollback plans yet" })).toBeVisible();
    await page.getByRole("link", { name: "New plan" }).first().click();
    await expect(page.getByRole("heading", { name: "New rollback plan", level: 1 })).toBeVisible();

    await page.getByLabel("Plan name").fill("Purge and confirm");
    const step = page.getByRole("group", { name: "Step 1" });
    await expect(step.getByLabel("Kind")).toHaveValue("manual");
    await step.getByLabel("Step name").fill("Purge the CDN");
    const params = step.getByLabel("Parameters (JSON)");
    // The editor starts the step from the manual kind's example; a key the kind does not have is added to it.
    await expect(params).toHaveValue(/"instructions"/);
    await params.fill(JSON.stringify({ instructions: INSTRUCTIONS, ticket: "OPS-12" }));
    await page.getByRole("button", { name: "Create plan" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Not saved: fix the problems marked below" })).toBeVisible();
    await expect(params).toHaveAttribute("aria-invalid", "true");
    await expect(params).toHaveAccessibleDescription(/ticket/);
    await expect(params).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/services/${SERVICE.slug}/plans/new$`));
    const refused = (await (await request.get(plansPath, { headers: admin() })).json()) as { plans: PlanDto[] };
    expect(refused.plans).toEqual([]);

    await params.fill(JSON.stringify({ instructions: INSTRUCTIONS }));
    await expect(params).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "Create plan" }).click();

    await expect(page).toHaveURL(new RegExp(`/services/${SERVICE.slug}/plans\\?saved=`));
    const card = page.getByRole("article", { name: "Purge and confirm" });
    await expect(card).toBeVisible();
    await expect(card.getByRole("list", { name: "Steps of Purge and confirm" })).toContainText(`An operator does this by hand, then confirms: ${INSTRUCTIONS}`);
    expect(await seriousViolations(page)).toEqual([]);

    const saved = (await (await request.get(plansPath, { headers: admin() })).json()) as { plans: PlanDto[] };
    expect(saved.plans).toHaveLength(1);
    expect(saved.plans[0]).toMatchObject({ name: "Purge and confirm", type: "application", steps: [{ name: "Purge the CDN", kind: "manual", params: { instructions: INSTRUCTIONS } }] });
  });
});
