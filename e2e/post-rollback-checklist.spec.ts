import type { Browser, Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { expect, seeded, signInViaApi, test, type SeededUser } from "./support/fixtures";

type Item = { id: string; text: string; version: number };
const commanderHeaders = () => ({ authorization: `Bearer ${seeded().commanderToken}` });

/** A second person, in a browser context (cookies, storage) of their own. */
async function openAs(browser: Browser, role: SeededUser["role"], path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, seeded().users[role]);
  await page.goto(path);
  return page;
}

/** An incident that went to mitigation and then monitoring: service restored, the post-rollback checklists exist. */
async function restoredIncident(page: Page): Promise<{ key: string; items: Item[] }> {
  const declared = await page.request.post("/api/v1/incidents", {
    headers: commanderHeaders(),
    data: { title: `Checkout 500s after deploy ${Date.now()}`, severity: "high", serviceIds: [seeded().serviceId] },
  });
  expect(declared.status(), await declared.text()).toBe(201);
  const { key, version } = ((await declared.json()) as { incident: { key: string; version: number } }).incident;
  for (const [to, at] of [["mitigating", version], ["monitoring", version + 1]] as const) {
    const moved = await page.request.post(`/api/v1/incidents/${key}/transitions`, { headers: commanderHeaders(), data: { to, version: at } });
    expect(moved.status(), await moved.text()).toBe(200);
  }
  const listed = await page.request.get(`/api/v1/incidents/${key}/checklists`, { headers: commanderHeaders() });
  const { checklists } = (await listed.json()) as { checklists: { name: string; items: Item[] }[] };
  const postRollback = checklists.find((checklist) => checklist.name === "Post-rollback checklist");
  if (!postRollback) throw new Error("service restored without a post-rollback checklist");
  return { key, items: postRollback.items };
}

test.describe("post-rollback checklist, filled together", () => {
  test("two people see each other's ticks, an overdue item stands out, and My tasks lists the assignment", async ({ browser, signedInAs }) => {
    // Two browsers, their first renders and sockets, and axe on two pages: slow by nature.
    test.slow();
    const commander = await signedInAs("commander");
    const { key, items } = await restoredIncident(commander);
    const byText = (text: string) => items.find((item) => item.text === text) as Item;

    const responder = await openAs(browser, "responder", `/incidents/${key}`);
    const me = (await (await responder.request.get("/api/v1/me")).json()) as { caller: { userId: string } };
    // Assigned to the responder and due two hours ago: overdue.
    const overdueItem = byText("Notify stakeholders");
    const assigned = await commander.request.patch(`/api/v1/checklist-items/${overdueItem.id}`, {
      headers: commanderHeaders(),
      data: { version: overdueItem.version, assigneeId: me.caller.userId, dueAt: new Date(Date.now() - 2 * 3_600_000 - 60_000).toISOString() },
    });
    expect(assigned.status(), await assigned.text()).toBe(200);

    await commander.goto(`/incidents/${key}`);
    for (const page of [commander, responder]) {
      // A second browser's first render and socket connection, on a loaded machine.
      await expect(page.getByText("Live", { exact: true })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole("region", { name: "Post-rollback checklist" })).toBeVisible({ timeout: 15_000 });
    }
    const checklistOf = (page: Page) => page.getByRole("region", { name: "Post-rollback checklist" });

    await checklistOf(commander).getByRole("checkbox", { name: "Check monitoring dashboards" }).check();
    await expect(checklistOf(responder).getByRole("checkbox", { name: "Check monitoring dashboards" })).toBeChecked();
    await checklistOf(responder).getByRole("checkbox", { name: "Review error logs" }).check();
    await expect(checklistOf(commander).getByRole("checkbox", { name: "Review error logs" })).toBeChecked();
    await expect(checklistOf(commander).getByText("2 of 18 done")).toBeVisible();

    // Overdue in words, not colour alone, and counted on the checklist.
    await expect(checklistOf(responder).getByText(/Overdue by 2 h/)).toBeVisible();
    await expect(checklistOf(responder).getByText("· 1 overdue")).toBeVisible();
    await expect(checklistOf(responder).getByText("(within 1 hour)")).toBeVisible();

    await responder.goto("/tasks");
    await expect(responder.getByRole("heading", { name: "My tasks", level: 1 })).toBeVisible({ timeout: 15_000 });
    const task = responder.getByRole("link", { name: "Notify stakeholders" });
    await expect(task).toBeVisible();
    await expect(task).toHaveAttribute("href", new RegExp(`/incidents/${key}#checklist-`));
    await expect(responder.getByText(/Overdue by 2 h/).first()).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await responder.emulateMedia({ colorScheme });
      expect(await seriousViolations(responder)).toEqual([]);
    }
  });
});
