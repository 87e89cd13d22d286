import { describe, expect, it } from "vitest";
import type { IncomingAlert } from "./alert-batch";
import { classifyAlerts, incidentActionFor, type StoredAlertStatus } from "./alert-changes";

const alert = (fingerprint: string, status: "firing" | "resolved"): IncomingAlert => ({
  fingerprint,
  status,
  alertName: fingerprint,
  serviceSlug: null,
  severity: "high",
  labels: {},
  annotations: {},
  startsAt: new Date("2026-03-01T10:00:00Z"),
  endsAt: null,
  title: fingerprint,
  description: null,
});

const fingerprints = (alerts: IncomingAlert[]) => alerts.map((item) => item.fingerprint);

describe("what incoming alerts change", () => {
  it("sorts them by the stored status of their fingerprint", () => {
    const stored = new Map<string, StoredAlertStatus>([
      ["kept", "firing"],
      ["back", "resolved"],
      ["ends", "firing"],
      ["gone", "resolved"],
    ]);
    const changes = classifyAlerts([alert("new", "firing"), alert("kept", "firing"), alert("back", "firing"), alert("ends", "resolved"), alert("gone", "resolved"), alert("unseen", "resolved")], stored);
    expect(fingerprints(changes.newlyFiring)).toEqual(["new", "back"]);
    expect(fingerprints(changes.stillFiring)).toEqual(["kept"]);
    expect(fingerprints(changes.resolving)).toEqual(["ends"]);
    expect(fingerprints(changes.quietlyResolved)).toEqual(["gone", "unseen"]);
  });
});

describe("what happens to the group's incident", () => {
  const fires = classifyAlerts([alert("a", "firing")], new Map());
  const refires = classifyAlerts([alert("a", "firing")], new Map([["a", "firing"]]));
  const resolves = classifyAlerts([alert("a", "resolved")], new Map([["a", "firing"]]));

  it("opens one for a new group with a firing alert, and none for resolved alerts alone", () => {
    expect(incidentActionFor(null, fires)).toBe("open");
    expect(incidentActionFor(null, classifyAlerts([alert("a", "resolved")], new Map()))).toBe("none");
  });

  it("updates the open incident", () => {
    expect(incidentActionFor({ incidentOpen: true }, fires)).toBe("update");
    expect(incidentActionFor({ incidentOpen: true }, resolves)).toBe("update");
  });

  it("opens a new one once the old is resolved, but only when something fires anew", () => {
    expect(incidentActionFor({ incidentOpen: false }, fires)).toBe("open");
    expect(incidentActionFor({ incidentOpen: false }, refires)).toBe("update");
    expect(incidentActionFor({ incidentOpen: false }, resolves)).toBe("update");
  });
});
