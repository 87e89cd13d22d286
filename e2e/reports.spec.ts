import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

/** The e2e server runs the demo, so a year of demo history (about 200 incidents) is seeded on first start. */
test.describe("the reports page", () => {
  test("renders its charts from the seeded history, with the figures as tables, and no serious axe findings", async ({ signedInAs }) => {
    test.slow();
    const page = await signedInAs("viewer");
    await page.goto("/reports");
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible({ timeout: 15_000 });
    for (const chart of ["chart-incidents-over-time", "chart-clock-trend", "chart-mitigations"]) {
      await expect(page.getByTestId(chart).locator("svg.recharts-surface").first()).toBeVisible({ timeout: 15_000 });
    }
    await expect(page.getByTestId("chart-incidents-over-time").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("figure", { name: "Incidents over time" })).toBeVisible();
    await page.getByRole("figure", { name: "Rollback success by mitigation" }).getByText("Show the figures as a table").click();
    await expect(page.getByRole("cell", { name: "Rollback", exact: true })).toBeVisible();
    await expect(page.getByTestId("report-drills")).toContainText("Duration p50");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("keeps filters in the URL, and exports the filtered incidents as CSV", async ({ signedInAs }) => {
    test.slow();
    const page = await signedInAs("viewer");
    await page.goto("/reports?severity=high");
    await expect(page.getByLabel("Severity")).toHaveValue("high", { timeout: 15_000 });
    await page.getByLabel("Severity").selectOption("critical");
    await expect(page).toHaveURL(/severity=critical/);
    const report = await page.request.get("/api/v1/reports?severity=critical");
    const incidents = ((await report.json()) as { report: { totals: { incidents: number } } }).report.totals.incidents;
    expect(incidents).toBeGreaterThan(0);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rewind-incidents-.*\.csv$/);
    const lines = (await (await download.createReadStream()).toArray()).join("").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^key,title,severity,/);
    expect(lines).toHaveLength(1 + incidents);
    expect(lines.slice(1).every((line) => line.includes(",critical,"))).toBe(true);
  });

  test("answers a bad filter with the field and its reason", async ({ signedInAs }) => {
    const page = await signedInAs("viewer");
    const response = await page.request.get("/api/v1/reports?from=2026-02-30x");
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: { details: { field: string }[] } }).error.details[0]?.field).toBe("from");
  });

  test("has a printable report for each incident", async ({ signedInAs }) => {
    const page = await signedInAs("admin");
    const list = (await (await page.request.get("/api/v1/incidents?status=all")).json()) as { incidents: { key: string; title: string }[] };
    const history = list.incidents.find((incident) => incident.title.endsWith("(demo history)"));
    expect(history).toBeDefined();
    await page.goto(`/incidents/${history?.key}/report`);
    const report = page.getByTestId("incident-report");
    await expect(report.getByRole("heading", { name: history?.title, level: 1 })).toBeVisible({ timeout: 15_000 });
    for (const section of ["Summary", "Clocks against budget", "Rollback runs and verification", "Checklists", "Post-mortem", "Timeline"]) {
      await expect(report.getByRole("heading", { name: section, level: 2 })).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
