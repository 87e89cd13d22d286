import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { readOfrepContext, type OfrepProblem } from "@/lib/domain/flags/ofrep";
import { can } from "@/lib/domain/permissions";
import type { Caller } from "../auth/caller";
import { resolveCaller } from "../auth/resolve-caller";
import { logger } from "../observability/logger";
import { requestIdOf } from "./request-context";

type OfrepContext = { request: Request; caller: Caller; params: Record<string, string>; context: Record<string, unknown>; requestId: string };
type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The OFREP counterpart of `apiRoute`: the same API tokens, but answers in
 * OFREP's shapes (`{ errorCode, errorDetails }`) so OpenFeature providers
 * understand them. Machines only: a bearer token is required (any role reads
 * flags), the session cookie is not accepted, so no same-origin check applies.
 * `keyParam` names the path parameter a single evaluation echoes in its 400.
 */
export function ofrepRoute(options: { keyParam?: string }, handler: (context: OfrepContext) => Promise<Response>) {
  return async (request: Request, nextContext: NextRouteContext): Promise<Response> => {
    const requestId = requestIdOf(request);
    const log = logger.child({ requestId, method: request.method, path: new URL(request.url).pathname });
    try {
      const authorization = request.headers.get("authorization");
      if (!authorization) return ofrepJson(401, { errorDetails: "Send a Rewind API token as `Authorization: Bearer <token>`" });
      const caller = await resolveCaller({ authorization });
      if (!caller) return ofrepJson(401, { errorDetails: "Send a Rewind API token as `Authorization: Bearer <token>`" });
      if (!can(caller.role, "services.read")) return ofrepJson(403, { errorDetails: "This token may not read flags" });
      const params = Object.fromEntries(Object.entries(await nextContext.params).map(([name, value]) => [name, Array.isArray(value) ? value.join("/") : value]));
      const read = readOfrepContext(await request.text());
      if (!read.ok) return ofrepJson(400, problemBody(read.problem, options.keyParam ? params[options.keyParam] : undefined));
      return await handler({ request, caller, params, context: read.context, requestId });
    } catch (error) {
      if (error instanceof AppError && (error.code === "unauthorized" || error.code === "forbidden")) {
        log.info({ code: error.code }, error.message);
        return ofrepJson(error.code === "unauthorized" ? 401 : 403, { errorDetails: error.message });
      }
      log.error({ err: error }, "unhandled error");
      return ofrepJson(500, { errorDetails: `Something went wrong on Rewind's side; quote request id ${requestId} when reporting it` });
    }
  };
}

export function ofrepJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function ofrepNotModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { etag, "cache-control": "no-store" } });
}

function problemBody(problem: OfrepProblem, key: string | undefined) {
  return key === undefined ? problem : { key, ...problem };
}
