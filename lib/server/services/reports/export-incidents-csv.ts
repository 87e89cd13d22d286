import "server-only";
import { toCsv } from "@/lib/domain/reports/csv";
import { INCIDENT_ROW_HEADER, incidentRow } from "@/lib/domain/reports/incident-rows";
import type { ReportQuery } from "@/lib/domain/reports/report-query";
import { lastDayOf } from "@/lib/domain/reports/report-range";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { selectIncidentFacts } from "../../queries/reports/incident-facts";
import { reportScopeFromQuery } from "./report-scope-from-query";

/** The report's incidents, one CSV row each with its clocks; same filters and privacy as the report. */
export async function exportIncidentsCsv(actor: Actor, query: ReportQuery, now = new Date()): Promise<{ fileName: string; csv: string }> {
  assertCan(actor, "reports.read");
  const { range, scope } = reportScopeFromQuery(actor, query, now);
  const facts = await selectIncidentFacts(db(), scope);
  return {
    fileName: `rewind-incidents-${range.from.toISOString().slice(0, 10)}-to-${lastDayOf(range)}.csv`,
    csv: toCsv(INCIDENT_ROW_HEADER, facts.map(incidentRow)),
  };
}
