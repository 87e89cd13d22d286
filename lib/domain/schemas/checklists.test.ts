import { describe, expect, it } from "vitest";
import { updateChecklistItemSchema } from "./checklists";

describe("updateChecklistItemSchema", () => {
  it("accepts a tick with the version seen", () => {
    expect(updateChecklistItemSchema.parse({ version: 3, done: true })).toEqual({ version: 3, done: true });
  });

  it("needs a reason to mark an item not applicable, on that field", () => {
    const result = updateChecklistItemSchema.safeParse({ version: 1, notApplicable: true, notApplicableReason: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ["notApplicableReason"] }));
  });

  it("refuses a request that changes nothing", () => {
    expect(updateChecklistItemSchema.safeParse({ version: 1 }).success).toBe(false);
  });
});
