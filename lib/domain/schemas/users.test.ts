import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema } from "./users";

describe("user input", () => {
  it("normalises the email and names every bad field", () => {
    expect(createUserSchema.parse({ email: "Ann@Example.COM", name: " Ann ", role: "viewer" })).toEqual({ email: "ann@example.com", name: "Ann", role: "viewer" });
    const result = createUserSchema.safeParse({ email: "nope", name: "", role: "root", password: "short" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("refuses an empty update", () => {
    expect(updateUserSchema.safeParse({}).success).toBe(false);
    expect(updateUserSchema.safeParse({ disabled: true }).success).toBe(true);
  });
});
