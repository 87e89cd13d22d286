import { describe, expect, it } from "vitest";
import { webhookAlertSchema } from "./webhook-alert";

describe("the generic alert webhook", () => {
  it("takes a minimal alert and normalises the service slug", () => {
    expect(webhookAlertSchema.parse({ title: " Disk full ", status: "firing", dedupKey: "disk-1", service: "Storefront" })).toEqual({
      title: "Disk full",
      status: "firing",
      dedupKey: "disk-1",
      service: "storefront",
    });
  });

  it("names each bad field", () => {
    const result = webhookAlertSchema.safeParse({ title: "", status: "open", service: "Check Out", severity: "urgent", labels: { team: 1 }, startsAt: "now" });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["dedupKey", "labels.team", "service", "severity", "startsAt", "status", "title"]);
  });

  it("accepts the severity words monitoring tools use", () => {
    for (const severity of ["critical", "error", "warning", "info", "minor"]) {
      expect(webhookAlertSchema.safeParse({ title: "x", status: "firing", dedupKey: "k", severity }).success, severity).toBe(true);
    }
  });
});
