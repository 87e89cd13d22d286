import { describe, expect, it } from "vitest";
import { describeSandboxParams, sandboxParamsSchema } from "./sandbox";

const issuesOf = (input: unknown) => sandboxParamsSchema.safeParse(input).error?.issues ?? [];

describe("sandboxParamsSchema", () => {
  it("accepts each operation", () => {
    const valid = [
      { service: "storefront", operation: "deploy", version: "1.4.2" },
      { service: "storefront", operation: "deploy", version: "previous" },
      { service: "checkout-api", operation: "switch_live", color: "green" },
      { service: "checkout-api", operation: "canary_weight", weight: 0 },
      { service: "payments-worker", operation: "clear_faults" },
    ];
    expect(valid.map((params) => sandboxParamsSchema.parse(params))).toEqual(valid);
  });

  it("rejects an unknown key, naming it, and keys of another operation", () => {
    expect(issuesOf({ service: "storefront", operation: "deploy", version: "1.4.2", colour: "blue" })).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: ["colour"] }),
    ]);
    expect(issuesOf({ service: "storefront", operation: "clear_faults", weight: 0 })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["weight"] })]);
  });

  it("refuses an unknown operation, a bad colour, weight or version, and a bad slug", () => {
    expect(issuesOf({ service: "storefront", operation: "restart" })).toEqual([
      expect.objectContaining({ path: ["operation"], message: "must be deploy, switch_live, canary_weight or clear_faults" }),
    ]);
    expect(issuesOf({ service: "storefront", operation: "switch_live", color: "red" })).toEqual([expect.objectContaining({ path: ["color"], message: "must be blue or green" })]);
    expect(issuesOf({ service: "storefront", operation: "canary_weight", weight: 101 })).toEqual([expect.objectContaining({ path: ["weight"], message: "must be at most 100" })]);
    expect(issuesOf({ service: "storefront", operation: "deploy", version: "1.4.2; rm -rf" }).map((issue) => issue.path)).toEqual([["version"]]);
    expect(issuesOf({ service: "Store Front", operation: "clear_faults" }).map((issue) => issue.path)).toEqual([["service"]]);
  });
});

describe("describeSandboxParams", () => {
  it("says what changes on which service", () => {
    const described = [
      { service: "storefront", operation: "deploy", version: "previous" },
      { service: "storefront", operation: "deploy", version: "1.4.2" },
      { service: "checkout-api", operation: "switch_live", color: "green" },
      { service: "checkout-api", operation: "canary_weight", weight: 0 },
      { service: "payments-worker", operation: "clear_faults" },
    ].map((params) => describeSandboxParams(sandboxParamsSchema.parse(params)));
    expect(described).toEqual([
      "Deploy the previous version of sandbox service storefront",
      "Deploy version 1.4.2 of sandbox service storefront",
      "Switch sandbox service checkout-api's live traffic to the green slot",
      "Set sandbox service checkout-api's canary weight to 0%",
      "Clear the injected faults of sandbox service payments-worker",
    ]);
  });
});
