import { seriousViolations } from "./support/axe";
import { expect, seeded, test } from "./support/fixtures";

/** A word no other spec writes, so exactly our incident matches it (letters only: one lexeme for Postgres). */
function uniqueWord(): string {
  return `quokka${Date.now().toString(36).replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!)}`;
}

test.describe("search", () => {
  test("the header box finds an incident by a word of its summary and opens it", async ({ signedInAs }) => {
    test.slow();
    const word = uniqueWord();
    const page = await signedInAs("viewer");
    const declared = await page.request.post("/api/v1/incidents", {
      headers: { authorization: `Bearer ${seeded().commanderToken}` },
      data: { title: "Checkout latency after the cache flush", summary: `The ${word} cache answered slowly.`, severity: "high", serviceIds: [seeded().serviceId] },
    });
    expect(declared.status(), await declared.text()).toBe(201);
    const { key } = ((await declared.json()) as { incident: { key: string } }).incident;

    await page.goto("/incidents");
    const box = page.getByRole("searchbox", { name: "Search incidents and post-mortems" });
    await expect(box).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press("/");
    await expect(box).toBeFocused();
    await box.fill(word);
    await box.press("Enter");

    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
    const incidents = page.getByRole("region", { name: "Incidents" });
    const result = incidents.getByRole("link", { name: `${key}: Checkout latency after the cache flush` });
    await expect(result).toBeVisible({ timeout: 15_000 });
    await expect(incidents.locator("mark", { hasText: word })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search incidents and post-mortems" })).toHaveValue(word);
    expect(await seriousViolations(page)).toEqual([]);

    await result.click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${key}$`));
    await expect(page.getByRole("heading", { level: 1, name: /Checkout latency after the cache flush/ })).toBeVisible({ timeout: 15_000 });
  });

  test("says what to do when nothing matches, and when nothing was asked", async ({ signedInAs }) => {
    const page = await signedInAs("viewer");
    await page.goto(`/search?q=${uniqueWord()}x`);
    await expect(page.getByRole("heading", { name: /Nothing matches/ })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("link", { name: "Browse all incidents" })).toBeVisible();

    await page.goto("/search");
    await expect(page.getByRole("heading", { name: "Search incidents and post-mortems" })).toBeVisible({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
