import { describe, expect, it } from "vitest";
import { PRE_ROLLBACK_CHECKLIST, checklistTemplateSchema } from "./checklist-template";
import { POST_ROLLBACK_CHECKLIST, ROLLBACK_VERIFICATION_CHECKLIST, SUCCESS_CRITERIA_CHECKLIST } from "./post-rollback-templates";

const group = { title: "Immediate", items: [{ text: "Verify all systems operational" }] };
const issuesOf = (content: unknown) => (checklistTemplateSchema.safeParse(content).error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("checklistTemplateSchema", () => {
  it("accepts every built-in template", () => {
    for (const template of [PRE_ROLLBACK_CHECKLIST, POST_ROLLBACK_CHECKLIST, ROLLBACK_VERIFICATION_CHECKLIST, SUCCESS_CRITERIA_CHECKLIST]) {
      expect(issuesOf(template)).toEqual([]);
    }
  });

  it("accepts an optional due offset per group and auto-check key per item", () => {
    const parsed = checklistTemplateSchema.parse({ name: "After", groups: [{ ...group, dueWithinHours: 24, items: [{ text: "Monitoring is active", autoCheck: "monitoring_active" }] }] });
    expect(parsed.groups[0]).toEqual({ title: "Immediate", dueWithinHours: 24, items: [{ text: "Monitoring is active", autoCheck: "monitoring_active" }] });
  });

  it("names each bad due offset and unknown auto-check key", () => {
    expect(issuesOf({ name: "After", groups: [{ ...group, dueWithinHours: 0 }] })).toEqual(["groups.0.dueWithinHours: must be at least 1 hour"]);
    expect(issuesOf({ name: "After", groups: [{ ...group, dueWithinHours: 1.5 }] })).toEqual(["groups.0.dueWithinHours: must be whole hours"]);
    expect(issuesOf({ name: "After", groups: [{ ...group, dueWithinHours: 24 * 91 }] })).toEqual(["groups.0.dueWithinHours: must be at most 90 days"]);
    expect(issuesOf({ name: "After", groups: [{ ...group, items: [{ text: "x", autoCheck: "vibes" }] }] })[0]).toMatch(/^groups\.0\.items\.0\.autoCheck: must be one of systems_verified/);
  });
});

describe("the seed templates", () => {
  it("have the post-rollback checklist's three groups, due within 1 hour, 24 hours and 1 week", () => {
    expect(POST_ROLLBACK_CHECKLIST.groups.map((each) => [each.title, each.dueWithinHours, each.items.length])).toEqual([
      ["Immediate", 1, 6],
      ["Short-term", 24, 6],
      ["Long-term", 168, 6],
    ]);
  });

  it("have the 13-item rollback verification checklist in the seed's wording", () => {
    const items = ROLLBACK_VERIFICATION_CHECKLIST.groups.flatMap((each) => each.items);
    expect(items).toHaveLength(13);
    expect(items[0]?.text).toBe("All services are running");
    expect(items[12]?.text).toBe("Security measures are active");
  });

  it("mark the items Rewind can check itself", () => {
    const autoChecked = [POST_ROLLBACK_CHECKLIST, ROLLBACK_VERIFICATION_CHECKLIST, SUCCESS_CRITERIA_CHECKLIST].flatMap((template) =>
      template.groups.flatMap((each) => each.items.filter((item) => item.autoCheck).map((item) => `${item.text} → ${item.autoCheck}`)),
    );
    expect(autoChecked).toContain("Verify all systems operational → systems_verified");
    expect(autoChecked).toContain("Monitoring is active → monitoring_active");
    expect(autoChecked).toContain("Performance returns to acceptable levels → performance_restored");
  });
});
