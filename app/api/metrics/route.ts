import { resolveCaller } from "@/lib/server/auth/resolve-caller";
import { exposeMetrics } from "@/lib/server/services/expose-metrics";
import { errorResponse } from "@/lib/server/http/error-response";
import { requestIdOf } from "@/lib/server/http/request-context";
import { logger } from "@/lib/server/observability/logger";

export const dynamic = "force-dynamic";

/** Prometheus text format, so the route answers plain text rather than JSON. Scrapers send an API token. */
export async function GET(request: Request): Promise<Response> {
  const requestId = requestIdOf(request);
  try {
    const caller = await resolveCaller({ authorization: request.headers.get("authorization"), cookie: null });
    const { contentType, body } = await exposeMetrics(caller);
    return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestId, logger.child({ requestId }));
  }
}
