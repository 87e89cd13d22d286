import { reportQuerySchema } from "@/lib/domain/reports/report-query";
import { apiRoute } from "@/lib/server/http/route";
import { getReport } from "@/lib/server/services/reports/get-report";

export const GET = apiRoute({ permission: "reports.read", query: reportQuerySchema }, async ({ caller, query }) => ({ report: await getReport(caller, query) }));
