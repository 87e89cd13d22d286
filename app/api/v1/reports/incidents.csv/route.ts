import { reportQuerySchema } from "@/lib/domain/reports/report-query";
import { apiRoute } from "@/lib/server/http/route";
import { exportIncidentsCsv } from "@/lib/server/services/reports/export-incidents-csv";

const exportAsJson = apiRoute({ permission: "reports.read", query: reportQuerySchema }, async ({ caller, query }) => exportIncidentsCsv(caller, query));

/**
 * apiRoute answers JSON; the download is the same answer (sign-in, role,
 * validation and error mapping included) re-sent as a CSV attachment.
 * Errors pass through as they are, in JSON.
 */
export async function GET(request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> {
  const answer = await exportAsJson(request, context);
  if (!answer.ok) return answer;
  const { fileName, csv } = (await answer.json()) as Awaited<ReturnType<typeof exportIncidentsCsv>>;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
