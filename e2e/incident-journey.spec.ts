import type { Browser, Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { expect, seeded, signInViaApi, test, type SeededUser } from "./support/fixtures";

const commanderHeaders = () => ({ authorization: `Bearer ${seeded().commanderToken}` });

/** A second person, in a browser context (cookies, storage) of their own. */
async function openAs(browser: Browser, role: SeededUser["role"], path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, seeded().users[role]);
  await page.goto(path);
  return page;
}

async function declareViaApi(page: Page, title: string, severity: string): Promise<string> {
  const response = await page.request.post("/api/v1/incidents", {
    headers: commanderHeaders(),
    data: { title, severity, serviceIds: [seeded().serviceId] },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { incident: { key: string } }).incident.key;
}

function decision(page: Page) {
  return page.getByRole("region", { name: "Guided decision" });
}

/** The recommended outcome's title (the tree picture beside it names every outcome too). */
function recommended(page: Page, title: string) {
  return decision(page).getByRole("paragraph").filter({ hasText: new RegExp(`^${title}$`) });
}

async function startDecision(page: Page) {
  await decision(page).getByRole("button", { name: "Start the guided decision" }).click();
  await expect(decision(page).getByRole("heading", { name: "How severe is the issue?" })).toBeVisible();
}

test.describe("the incident commander's journey in the browser", () => {
  test("declare through the form, then the critical path leads to an immediate full rollback and its checklist", async ({ signedInAs }) => {
    // The whole journey and axe twice over the busiest page (decision, checklist, rollback, timeline): slow by nature.
    test.slow();
    const page = await signedInAs("commander");
    const hostileTitle = `<img src=x onerror="window.__pwned=1"><b>Checkout</b> 500s ${Date.now()}`;

    await page.goto("/incidents/new");
    await page.getByLabel("Title").fill(hostileTitle);
    await page.getByRole("checkbox", { name: "Checkout API" }).check();
    await page.getByRole("radio", { name: /Critical/ }).check();
    await page.getByRole("button", { name: "Declare incident" }).click();
    // A write, then a navigation that renders the whole incident page: give a loaded CI machine time.
    await expect(page).toHaveURL(/\/incidents\/INC-\d+$/, { timeout: 15_000 });

    // The title is text: the heading reads the markup literally, and no element was made from it.
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(hostileTitle);
    await expect(heading.locator("b, img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await startDecision(page);
    // Keyboard: "1" chooses the first answer, Critical.
    await page.keyboard.press("1");
    const panel = decision(page);
    await expect(panel.getByRole("heading", { name: "Recommendation" })).toBeFocused();
    await expect(recommended(page, "Immediate full rollback")).toBeVisible();
    await expect(panel.getByRole("region", { name: "Decision tree" })).toContainText("Critical (chosen)");
    await expect(panel.getByRole("navigation", { name: "Decision path" })).toContainText("Critical");
    await expect(panel.getByRole("heading", { name: "Decision matrix" })).toBeVisible();
    await expect(panel.getByRole("term").filter({ hasText: "Decision maker" })).toBeVisible();

    const checklist = page.getByRole("region", { name: "Pre-rollback checklist" });
    await expect(checklist).toBeVisible();
    await expect(checklist.getByText("0 of 12 done")).toBeVisible();
    await checklist.getByRole("checkbox", { name: "Document the specific issue(s)" }).check();
    await expect(checklist.getByText("1 of 12 done")).toBeVisible();

    await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Critical");

    // The busiest page of all, in both schemes, with the recommendation and the checklist on it.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });

  test("high, then no hotfix, leads to a full rollback; Back undoes an answer", async ({ signedInAs }) => {
    const page = await signedInAs("commander");
    const key = await declareViaApi(page, "Search slows down after release", "high");
    await page.goto(`/incidents/${key}`);
    await startDecision(page);

    const panel = decision(page);
    const answers = panel.getByRole("group", { name: "Answers" });
    await answers.getByRole("button", { name: "High" }).click();
    await expect(panel.getByRole("heading", { name: "Can we hotfix it?" })).toBeFocused();
    await expect(panel.getByRole("navigation", { name: "Decision path" })).toContainText("High");

    await panel.getByRole("button", { name: "Back" }).click();
    await expect(panel.getByRole("heading", { name: "How severe is the issue?" })).toBeVisible();
    await answers.getByRole("button", { name: "High" }).click();
    await answers.getByRole("button", { name: "No" }).click();

    await expect(panel.getByRole("heading", { name: "Recommendation" })).toBeVisible();
    await expect(recommended(page, "Execute full rollback")).toBeVisible();
    const why = panel.getByRole("list").filter({ hasText: "Can we hotfix it?" }).first();
    await expect(why).toContainText("High");
    await expect(why).toContainText("No");
    await expect(page.getByRole("region", { name: "Pre-rollback checklist" })).toBeVisible();
  });

  test("a second person sees the answers and the ticks live, without reloading", async ({ signedInAs, browser }) => {
    // Two browsers render the full incident page each: slow by nature on 2 cores.
    test.slow();
    const commander = await signedInAs("commander");
    const key = await declareViaApi(commander, "Payments time out", "critical");
    await commander.goto(`/incidents/${key}`);
    const watcher = await openAs(browser, "viewer", `/incidents/${key}`);
    // A second browser's first render and socket connection, on a loaded 2-core machine.
    await expect(watcher.getByText("Live", { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(decision(watcher).getByText(/No decision is in progress/)).toBeVisible();

    await startDecision(commander);
    await expect(decision(watcher).getByRole("heading", { name: "How severe is the issue?" })).toBeVisible();
    await expect(decision(watcher).getByText("Waiting for a commander to answer")).toBeVisible();

    await decision(commander).getByRole("group", { name: "Answers" }).getByRole("button", { name: "Critical" }).click();
    await expect(recommended(watcher, "Immediate full rollback")).toBeVisible();

    const watcherChecklist = watcher.getByRole("region", { name: "Pre-rollback checklist" });
    await expect(watcherChecklist.getByText("0 of 12 done")).toBeVisible();
    await commander.getByRole("region", { name: "Pre-rollback checklist" }).getByRole("checkbox", { name: "Save recent logs" }).check();
    await expect(watcherChecklist.getByRole("checkbox", { name: "Save recent logs" })).toBeChecked();
    await expect(watcherChecklist.getByText("1 of 12 done")).toBeVisible();
    await watcher.context().close();
  });

  test("the time budget turns red when a critical incident passes five minutes", async ({ signedInAs }) => {
    const page = await signedInAs("commander");
    // The page's clock is the test's: it starts now and moves only when told to.
    await page.clock.install();
    const key = await declareViaApi(page, "Sign-in fails for everyone", "critical");
    await page.goto(`/incidents/${key}`);

    const timer = page.getByRole("timer", { name: "Time budget" });
    await expect(timer).toHaveAttribute("data-state", "running");
    await expect(page.getByRole("status").filter({ hasText: "Within budget" })).toBeVisible();

    await page.clock.fastForward("05:01");
    await expect(timer).toHaveAttribute("data-state", "exceeded");
    await expect(page.getByRole("status").filter({ hasText: "Budget exceeded" })).toBeVisible();
    await expect(timer).toHaveClass(/text-red/);
  });
});
