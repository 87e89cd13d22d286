import { describe, expect, it } from "vitest";
import { describeFeatureFlagsParams, featureFlagsParamsSchema } from "./feature-flags";

describe("featureFlagsParamsSchema", () => {
  it("takes a set operation and a turn_off_set operation", () => {
    expect(featureFlagsParamsSchema.parse({ operation: "set", key: "checkout.new-flow", enabled: false })).toEqual({ operation: "set", key: "checkout.new-flow", enabled: false });
    expect(featureFlagsParamsSchema.parse({ operation: "turn_off_set", set: "checkout" })).toEqual({ operation: "turn_off_set", set: "checkout" });
  });

  it("rejects an unknown key, naming it", () => {
    const result = featureFlagsParamsSchema.safeParse({ operation: "turn_off_set", set: "checkout", key: "x" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["key"], message: expect.stringContaining('"key"') })]);
  });

  it("rejects an unknown operation and a bad key, by path", () => {
    expect(featureFlagsParamsSchema.safeParse({ operation: "delete", key: "a" }).error?.issues[0]?.path).toEqual(["operation"]);
    expect(featureFlagsParamsSchema.safeParse({ operation: "set", key: "Bad Key", enabled: true }).error?.issues[0]?.path).toEqual(["key"]);
  });

  it("describes each operation in one sentence", () => {
    expect(describeFeatureFlagsParams({ operation: "set", key: "checkout.new-flow", enabled: false })).toBe("Turn feature flag checkout.new-flow off");
    expect(describeFeatureFlagsParams({ operation: "turn_off_set", set: "checkout" })).toBe("Emergency rollback: turn off every feature flag in set checkout");
  });
});
