import type { Scenario } from "../decisions/decision-matrix";
import type { IncidentStatus, Severity } from "../incidents/lifecycle";
import type { MitigationKind } from "./mitigation";

/** Past rows as they were written, for bulk inserts (demo history, the reports benchmark, tests). */
export type HistoricalRun = {
  id: string;
  planId: string;
  serviceId: string;
  planSnapshot: { name: string; type: string; version: number; verification: null };
  mode: "live" | "drill";
  status: "succeeded" | "failed" | "cancelled" | "running";
  verificationStatus: "not_started" | "passed" | "failed" | "skipped";
  reason: string;
  startedByName: string;
  createdAt: Date;
  finishedAt: Date | null;
};

export type HistoricalIncident = {
  id: string;
  title: string;
  summary: string | null;
  severity: Severity;
  scenario: Scenario | null;
  status: IncidentStatus;
  private: boolean;
  commanderId: string | null;
  detectedAt: Date;
  declaredAt: Date;
  decidedAt: Date | null;
  mitigationStartedAt: Date | null;
  mitigatedAt: Date | null;
  restoredAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  mitigation: MitigationKind | null;
  serviceIds: string[];
  participantIds: string[];
  runs: HistoricalRun[];
  timeline: { kind: string; summary: string; createdAt: Date }[];
  postMortem: {
    id: string;
    status: "draft" | "in_review" | "published";
    title: string;
    content: string;
    publishedAt: Date | null;
    actionItems: { title: string; dueAt: Date | null; status: "open" | "in_progress" | "done" | "wont_do"; doneAt: Date | null }[];
  } | null;
  checklist: { id: string; templateId: string; name: string; anchorAt: Date | null; items: { groupTitle: string; text: string; dueAt: Date | null; doneAt: Date | null; notApplicable: boolean }[] } | null;
};
