import { describe, expect, it } from "vitest";
import { createFeatureFlagSchema, flagKeySchema, flagValueType, maintenanceFlagKey, updateFeatureFlagSchema, valueTypeMismatch } from "./feature-flag";

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("flag keys", () => {
  it("accept lower-case words with dots, dashes and underscores, and refuse the rest", () => {
    for (const key of ["checkout.new-flow", "a", "9lives", "maintenance.checkout-api", "x_y"]) expect(flagKeySchema.safeParse(key).success).toBe(true);
    for (const key of ["", "-leading", ".dot", "Upper", "with space", "a/b", "x".repeat(121)]) expect(flagKeySchema.safeParse(key).success).toBe(false);
  });
});

describe("createFeatureFlagSchema", () => {
  it("defaults to a disabled boolean flag in no set", () => {
    expect(createFeatureFlagSchema.parse({ key: "checkout.new-flow" })).toEqual({ key: "checkout.new-flow", enabled: false, onValue: true, offValue: false, killSwitch: false, sets: [] });
  });

  it("takes any JSON value but null, and of one type on and off", () => {
    expect(createFeatureFlagSchema.safeParse({ key: "banner", onValue: { text: "hi", n: [1, 2] }, offValue: {} }).success).toBe(true);
    expect(fieldsOf(createFeatureFlagSchema.safeParse({ key: "banner", onValue: null }))).toEqual(["onValue"]);
    const mixed = createFeatureFlagSchema.safeParse({ key: "banner", onValue: "blue", offValue: false });
    expect(mixed.error?.issues).toEqual([expect.objectContaining({ path: ["offValue"], message: "must have the same type as the on value (string), not boolean" })]);
  });

  it("names unknown keys, bad sets and oversized values", () => {
    const result = createFeatureFlagSchema.safeParse({ key: "a", sets: ["ok", "ok", "Bad Set"], onValue: "x".repeat(9_000), offValue: "", colour: "red" });
    expect(fieldsOf(result).sort()).toEqual(["", "onValue", "sets", "sets.2"]);
    expect(result.error?.issues.find((issue) => issue.code === "unrecognized_keys")?.message).toContain("colour");
  });
});

describe("updateFeatureFlagSchema", () => {
  it("needs the version and at least one change", () => {
    expect(updateFeatureFlagSchema.safeParse({ version: 3, enabled: false }).success).toBe(true);
    expect(updateFeatureFlagSchema.safeParse({ version: 3, description: null }).success).toBe(true);
    expect(fieldsOf(updateFeatureFlagSchema.safeParse({ enabled: true }))).toEqual(["version"]);
    expect(updateFeatureFlagSchema.safeParse({ version: 3 }).error?.issues[0]?.message).toMatch(/at least one of/);
  });
});

describe("flag value types", () => {
  it("tells arrays from objects, as typed OpenFeature calls do", () => {
    expect([true, "s", 1.5, {}, []].map(flagValueType)).toEqual(["boolean", "string", "number", "object", "array"]);
    expect(valueTypeMismatch([], {})).toBe("must have the same type as the on value (array), not object");
    expect(valueTypeMismatch(1, 2)).toBeNull();
  });

  it("names a service's maintenance flag after its slug", () => {
    expect(maintenanceFlagKey("checkout-api")).toBe("maintenance.checkout-api");
  });
});

describe("flag descriptions", () => {
  it("store an emptied description as none", () => {
    expect(createFeatureFlagSchema.parse({ key: "a", description: "  " }).description).toBeNull();
    expect(updateFeatureFlagSchema.parse({ version: 1, description: "" })).toEqual({ version: 1, description: null });
  });
});
