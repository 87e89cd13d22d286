import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { exportPostMortemQuerySchema } from "@/lib/domain/schemas/post-mortems";
import { apiRoute } from "@/lib/server/http/route";
import { exportPostMortem } from "@/lib/server/services/post-mortems/export-post-mortem";

const exportAsJson = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema, query: exportPostMortemQuerySchema }, async ({ caller, params }) =>
  exportPostMortem(caller, params.incidentRef),
);

/**
 * apiRoute answers JSON; the download is the same answer (sign-in, role,
 * validation and error mapping included) re-sent as a Markdown attachment.
 * Errors pass through as they are, in JSON.
 */
export async function GET(request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> {
  const answer = await exportAsJson(request, context);
  if (!answer.ok) return answer;
  const { fileName, markdown } = (await answer.json()) as Awaited<ReturnType<typeof exportPostMortem>>;
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
