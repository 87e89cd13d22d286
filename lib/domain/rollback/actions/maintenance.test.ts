import { describe, expect, it } from "vitest";
import { describeMaintenanceParams, maintenanceParamsSchema } from "./maintenance";

describe("maintenanceParamsSchema", () => {
  it("takes a service slug, the state, and an optional message", () => {
    expect(maintenanceParamsSchema.parse({ service: "checkout-api", enabled: true, message: " Back soon " })).toEqual({ service: "checkout-api", enabled: true, message: "Back soon" });
    expect(maintenanceParamsSchema.parse({ service: "checkout-api", enabled: false })).toEqual({ service: "checkout-api", enabled: false });
  });

  it("rejects an unknown key, naming it, and a bad slug by path", () => {
    const unknown = maintenanceParamsSchema.safeParse({ service: "checkout-api", enabled: true, duration: 5 });
    expect(unknown.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["duration"], message: expect.stringContaining('"duration"') })]);
    expect(maintenanceParamsSchema.safeParse({ service: "Checkout API", enabled: true }).error?.issues.map((issue) => issue.path)).toEqual([["service"]]);
    expect(maintenanceParamsSchema.safeParse({ service: "checkout-api" }).error?.issues.map((issue) => issue.path)).toEqual([["enabled"]]);
  });

  it("describes the change in one sentence", () => {
    expect(describeMaintenanceParams({ service: "checkout-api", enabled: true, message: "Back at 14:00" })).toBe(
      'Turn maintenance mode of checkout-api on (flag maintenance.checkout-api), showing "Back at 14:00"',
    );
    expect(describeMaintenanceParams({ service: "checkout-api", enabled: false })).toBe("Turn maintenance mode of checkout-api off (flag maintenance.checkout-api)");
  });
});
