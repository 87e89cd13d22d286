import "server-only";
import { reportQuerySchema } from "@/lib/domain/reports/report-query";
import type { ApiOperation } from "./build-openapi-document";

/** Managers' reports and the printable incident report (docs/api.md, docs/metrics.md). */
export const REPORT_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/reports", summary: "The report: clocks (p50/p90, share within budget), incidents over time by severity, mitigation outcomes, drills, open and overdue items", permission: "reports.read", query: reportQuerySchema, success: { status: 200, description: "{ report }" } },
  { method: "get", path: "/reports/incidents.csv", summary: "The report's incidents as CSV, one row each with its clocks (same filters and privacy)", permission: "reports.read", query: reportQuerySchema, success: { status: 200, description: "text/csv attachment" } },
  { method: "get", path: "/reports/incidents/{incidentRef}", summary: "One incident's printable report: summary, clocks against budget, timeline, rollback runs, checklists, post-mortem", permission: "reports.read", success: { status: 200, description: "{ incidentReport }" }, errors: [404] },
];
