import { describe, expect, it } from "vitest";
import { buildPostMortem, type PostMortemFacts } from "./build-post-mortem";
import { SECTION } from "./template";

const at = (time: string) => new Date(`2026-11-22T${time}Z`);

const facts: PostMortemFacts = {
  incident: {
    key: "INC-7",
    title: "Checkout errors after release 2.4",
    severity: "high",
    detectedAt: at("10:00:00"),
    restoredAt: at("10:42:00"),
    resolvedAt: at("11:00:00"),
    mitigation: "rollback",
    serviceNames: ["Checkout API", "Storefront"],
    commanderName: "Ada",
  },
  events: [
    { kind: "incident.declared", summary: "Ada declared INC-7", createdAt: at("10:01:00") },
    { kind: "rollback.verified", summary: "Rollback verified", createdAt: at("10:42:00") },
  ],
  impact: {
    downtimeMs: 42 * 60_000,
    services: [
      { serviceName: "Checkout API", measuredMinutes: 42, badMinutes: 30, failedRequests: 1200, totalRequests: 25000, budgetBurnedPercent: 69.4 },
      { serviceName: "Storefront", measuredMinutes: 0, badMinutes: 0, failedRequests: 0, totalRequests: 0, budgetBurnedPercent: 0 },
    ],
  },
  rollbacks: [{ planName: "Immediate rollback", trigger: "error rate over threshold", startedAt: at("10:20:00"), finishedAt: at("10:41:00"), verification: "passed" }],
};

describe("buildPostMortem", () => {
  it("pre-fills incident details from the incident", () => {
    const { title, content } = buildPostMortem(facts);
    expect(title).toBe("INC-7 post-mortem: Checkout errors after release 2.4");
    expect(content).toContain("- **Date**: 2026-11-22");
    expect(content).toContain("- **Duration**: 42 min (detected 10:00 UTC, restored 10:42 UTC)");
    expect(content).toContain("- **Severity**: HIGH");
    expect(content).toContain("- **Services Affected**: Checkout API, Storefront");
  });

  it("writes the recorded timeline, the rollback log entry and the impact from health data", () => {
    const { content } = buildPostMortem(facts);
    expect(content).toContain("## Timeline\n- 10:01 UTC — Ada declared INC-7\n- 10:42 UTC — Rollback verified");
    expect(content).toContain("[2026-11-22T10:20:00.000Z] ROLLBACK INITIATED\nPlan: Immediate rollback\nTrigger: error rate over threshold\nDuration: 21 min\nVerification: passed");
    expect(content).toContain("- **Downtime**: 42 min");
    expect(content).toContain("- **Checkout API**: 30 of 42 measured minutes unhealthy, 69.4% of the monthly error budget burned; 1,200 of 25,000 requests failed");
    expect(content).toContain("- **Storefront**: no health data was recorded during the incident");
  });

  it("keeps every template section, in the seed's order, with prompts where people must write", () => {
    const { content } = buildPostMortem({ ...facts, events: [], rollbacks: [] });
    const headings = [...content.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([SECTION.details, SECTION.timeline, SECTION.rootCause, SECTION.impact, SECTION.wentWell, SECTION.improve, SECTION.actionItems, SECTION.prevention, SECTION.documentation]);
    expect(content).toContain("## Timeline\nNo events were recorded.");
    expect(content).toContain("### What Went Wrong\n_[");
    expect(content).toContain("- [ ] Update rollback procedures");
  });

  it("says the incident is still open when it has no end", () => {
    const { content } = buildPostMortem({ ...facts, incident: { ...facts.incident, restoredAt: null, resolvedAt: null }, impact: { downtimeMs: null, services: [] } });
    expect(content).toContain("- **Duration**: still open");
    expect(content).toContain("no services are linked to this incident");
  });
});
