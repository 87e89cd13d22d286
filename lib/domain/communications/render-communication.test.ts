import { describe, expect, it } from "vitest";
import { COMMUNICATION_TEMPLATES, findCommunicationTemplate } from "./communication-templates";
import { buildIncidentVariables, formatDuration, formatUtc, type IncidentFacts } from "./incident-variables";
import { renderCommunication } from "./render-communication";

const NOW = new Date("2026-11-22T14:30:00Z");

const RESTORED: IncidentFacts = {
  key: "INC-42",
  title: "Checkout returns 500s",
  summary: "a bad checkout release",
  severity: "high",
  status: "monitoring",
  url: "https://rewind.example.test/incidents/INC-42",
  services: ["Checkout API", "Storefront"],
  commander: "Casey Commander",
  detectedAt: new Date("2026-11-22T13:00:00Z"),
  declaredAt: new Date("2026-11-22T13:02:00Z"),
  restoredAt: new Date("2026-11-22T13:47:00Z"),
  resolvedAt: null,
  rollback: {
    startedAt: new Date("2026-11-22T13:40:00Z"),
    finishedAt: new Date("2026-11-22T13:46:30Z"),
    reason: "error rate 12% after v2.4.0",
    method: "Immediate rollback (application)",
    initiator: "Casey Commander",
    fromVersion: "v2.4.0",
    toVersion: "v2.3.9",
    passRate: 0.75,
    verificationPassed: false,
  },
};

const render = (key: string, facts: IncidentFacts) => {
  const template = findCommunicationTemplate(key);
  if (!template) throw new Error(`no template ${key}`);
  return renderCommunication(template, buildIncidentVariables(facts, NOW));
};

describe("incident variables", () => {
  it("format times in UTC and durations in words a reader scans", () => {
    expect(formatUtc(new Date("2026-01-05T07:08:09Z"))).toBe("2026-01-05 07:08 UTC");
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 05 min");
    expect(formatDuration(51 * 3_600_000)).toBe("2 d 3 h");
  });

  it("are built from the incident and its latest rollback run", () => {
    const variables = buildIncidentVariables(RESTORED, NOW);
    expect(variables).toMatchObject({
      "incident.services": "Checkout API, Storefront",
      "incident.downtime": "47 min",
      "incident.duration": "1 h 30 min",
      "rollback.from_version": "v2.4.0",
      "rollback.to_version": "v2.3.9",
      "rollback.duration": "7 min",
      "rollback.verification": "partial",
      "verification.pass_rate": "75%",
      next_update_at: "2026-11-22 15:00 UTC",
      now: "2026-11-22 14:30 UTC",
    });
  });

  it("say success only when every check passed, and failed when none did", () => {
    const passed = buildIncidentVariables({ ...RESTORED, rollback: { ...RESTORED.rollback!, passRate: 1, verificationPassed: true } }, NOW);
    const failed = buildIncidentVariables({ ...RESTORED, rollback: { ...RESTORED.rollback!, passRate: 0, verificationPassed: false } }, NOW);
    expect([passed["rollback.verification"], failed["rollback.verification"]]).toEqual(["success", "failed"]);
  });

  it("are null, not invented, when Rewind has no such fact", () => {
    const variables = buildIncidentVariables({ ...RESTORED, restoredAt: null, summary: "  ", rollback: null }, NOW);
    expect(variables["incident.restored_at"]).toBeNull();
    expect(variables["incident.downtime"]).toBeNull();
    expect(variables["incident.summary"]).toBeNull();
    expect(variables["rollback.from_version"]).toBeNull();
    expect(variables["verification.pass_rate"]).toBeNull();
  });
});

describe("the seeds' templates", () => {
  it("are the [RESOLVED] external message, the [URGENT] internal message and the rollback log entry", () => {
    expect(COMMUNICATION_TEMPLATES.map((template) => [template.key, template.audience])).toEqual([
      ["resolved", "external"],
      ["urgent", "internal"],
      ["rollback_log", "log"],
    ]);
  });

  it("render the RESOLVED message with the seed's wording and the incident's facts", () => {
    const rendered = render("resolved", RESTORED);
    expect(rendered.subject).toBe("[RESOLVED] Checkout API, Storefront rollback completed");
    expect(rendered.body).toContain("We have successfully completed a rollback of Checkout API, Storefront to address a bad checkout release.");
    expect(rendered.body).toContain("- **Issue Detected**: 2026-11-22 13:00 UTC\n- **Rollback Initiated**: 2026-11-22 13:40 UTC\n- **Service Restored**: 2026-11-22 13:47 UTC\n- **Total Downtime**: 47 min");
    expect(rendered.body).toContain("1. Rolled back Checkout API, Storefront from v2.4.0 to v2.3.9 (Immediate rollback (application))");
    expect(rendered.body).toContain("2. Verified the recovery: 75% of the verification checks passed");
    expect(rendered.body).toContain("- **Affected Users**: [Number or percentage]");
    expect(rendered.body).toContain("We apologize for any inconvenience and appreciate your patience.");
    expect(rendered.missing).toEqual([]);
  });

  it("render the URGENT message and the log entry in the seed's field order", () => {
    const urgent = render("urgent", RESTORED);
    expect(urgent.subject).toBe("[URGENT] Checkout API, Storefront rollback - Checkout returns 500s");
    expect(urgent.body.split("\n").map((line) => line.split(":")[0])).toEqual(["ISSUE", "IMPACT", "ACTION", "STATUS", "NEXT STEPS", "", "Time", "Duration", "Affected Users"]);
    expect(urgent.body).toContain("NEXT STEPS: Next update by 2026-11-22 15:00 UTC");

    const log = render("rollback_log", RESTORED);
    expect(log.subject).toBeNull();
    expect(log.body).toBe(
      "[2026-11-22 13:40 UTC] ROLLBACK INITIATED\nFeature: Checkout API, Storefront\nTrigger: error rate 12% after v2.4.0\nMethod: Immediate rollback (application)\nDuration: 7 min\nVerification: partial",
    );
  });

  it("report missing variables once each and leave a bracketed blank, never 'undefined'", () => {
    const rendered = render("resolved", { ...RESTORED, summary: null, restoredAt: null, rollback: null });
    expect(rendered.body).not.toMatch(/undefined|null/);
    expect(rendered.body).toContain("- **Service Restored**: [Service restored time]");
    expect(rendered.missing.map((variable) => variable.name)).toEqual([
      "incident.summary",
      "rollback.started_at",
      "incident.restored_at",
      "incident.downtime",
      "rollback.reason",
      "rollback.from_version",
      "rollback.to_version",
      "rollback.method",
      "verification.pass_rate",
    ]);
  });
});

describe("renderCommunication", () => {
  it("treats unknown names and prototype members as missing, and keeps a subject on one line", () => {
    const rendered = renderCommunication({ subject: "{{incident.title}}", body: "{{ constructor }} {{nope.name}}" }, { "incident.title": "a\nb" });
    expect(rendered.subject).toBe("a b");
    expect(rendered.body).toBe("[constructor] [nope.name]");
    expect(rendered.missing).toEqual([
      { name: "constructor", label: "constructor" },
      { name: "nope.name", label: "nope.name" },
    ]);
  });

  it("does not evaluate what a variable holds", () => {
    expect(renderCommunication({ subject: null, body: "{{incident.title}}" }, { "incident.title": "{{now}}" }).body).toBe("{{now}}");
  });
});
