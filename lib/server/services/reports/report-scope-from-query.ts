import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { MAX_RANGE_DAYS, rangeDays, rangeFromDays, type ReportRange } from "@/lib/domain/reports/report-range";
import type { ReportQuery } from "@/lib/domain/reports/report-query";
import type { Actor } from "../../auth/caller";
import type { ReportScope } from "../../queries/reports/report-scope";

/** The query's days as a range and scope; an inverted or over-long range is a 400 naming the field. */
export function reportScopeFromQuery(actor: Actor, query: ReportQuery, now: Date): { range: ReportRange; scope: ReportScope } {
  const range = rangeFromDays(query.from, query.to, now);
  if (range.from >= range.to) throw badRange("from", "must be on or before `to`");
  if (rangeDays(range) > MAX_RANGE_DAYS) throw badRange("from", `must be at most ${MAX_RANGE_DAYS} days before \`to\``);
  return {
    range,
    scope: { from: range.from, to: range.to, serviceSlug: query.service, severity: query.severity, viewer: { role: actor.role, userId: actor.userId } },
  };
}

function badRange(field: string, message: string): AppError {
  return new AppError("bad_request", `Invalid query: ${field} ${message}`, { details: [{ field, message }] });
}
