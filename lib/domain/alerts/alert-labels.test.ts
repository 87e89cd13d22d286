import { describe, expect, it } from "vitest";
import { highestSeverity, isMoreSevere, serviceSlugFromLabels, severityFromLabel } from "./alert-labels";

describe("the service an alert names", () => {
  it("asks service, then app, then job, lower-cased", () => {
    expect(serviceSlugFromLabels({ service: "Checkout", app: "web", job: "node" })).toBe("checkout");
    expect(serviceSlugFromLabels({ app: "storefront", job: "node" })).toBe("storefront");
    expect(serviceSlugFromLabels({ job: "payments-worker" })).toBe("payments-worker");
  });

  it("skips blank labels and names nothing when none is set", () => {
    expect(serviceSlugFromLabels({ service: "  ", app: "", job: "api" })).toBe("api");
    expect(serviceSlugFromLabels({ alertname: "HighErrorRate" })).toBeNull();
  });
});

describe("the severity an alert's label means", () => {
  it.each([
    ["critical", "critical"],
    ["CRITICAL", "critical"],
    ["high", "high"],
    ["error", "high"],
    ["major", "high"],
    ["warning", "medium"],
    [" medium ", "medium"],
    ["info", "low"],
    ["low", "low"],
    ["minor", "low"],
  ] as const)("%s is %s", (label, severity) => {
    expect(severityFromLabel(label)).toBe(severity);
  });

  it("is high when missing or unknown, including names of Object's own properties", () => {
    expect(severityFromLabel(undefined)).toBe("high");
    expect(severityFromLabel("page")).toBe("high");
    expect(severityFromLabel("toString")).toBe("high");
  });

  it("orders severities, most severe first", () => {
    expect(highestSeverity(["low", "critical", "medium"])).toBe("critical");
    expect(highestSeverity(["low", "medium"])).toBe("medium");
    expect(highestSeverity([])).toBeNull();
    expect(isMoreSevere("critical", "high")).toBe(true);
    expect(isMoreSevere("high", "high")).toBe(false);
    expect(isMoreSevere("low", "medium")).toBe(false);
  });
});
