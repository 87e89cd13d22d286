import "server-only";
import type { Logger } from "pino";
import type { z } from "zod";
import { AppError, type FieldProblem } from "@/lib/domain/app-error";
import { can, minimumRoleFor, type Permission } from "@/lib/domain/permissions";
import type { Caller } from "../auth/caller";
import { resolveCaller } from "../auth/resolve-caller";
import { logger } from "../observability/logger";
import { errorResponse } from "./error-response";
import { requestIdOf } from "./request-context";
import { assertSameOrigin } from "./same-origin";

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

type RouteSpec<B, P, Q> = {
  /** The permission the caller needs; every /api/v1 route names one. */
  permission: Permission;
  body?: B;
  params?: P;
  query?: Q;
  /** HTTP status on success (default 200). */
  status?: number;
};

export type RouteContext<B, P, Q> = {
  request: Request;
  caller: Caller;
  body: Infer<B>;
  params: Infer<P>;
  query: Infer<Q>;
  requestId: string;
  log: Logger;
};

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Wraps a route handler in the steps every API route takes, in order:
 * authenticate (401), refuse cross-site cookie mutations (403), check the role
 * (403), validate params, query and body (400), run, and map errors. The
 * handler itself then only calls one service.
 */
export function apiRoute<B extends Schema | undefined = undefined, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined>(
  spec: RouteSpec<B, P, Q>,
  handler: (context: RouteContext<B, P, Q>) => Promise<unknown>,
) {
  return async (request: Request, nextContext: NextRouteContext): Promise<Response> => {
    const requestId = requestIdOf(request);
    const log = logger.child({ requestId, method: request.method, path: new URL(request.url).pathname });
    try {
      const caller = await resolveCaller({ authorization: request.headers.get("authorization"), cookie: request.headers.get("cookie") });
      if (!caller) throw new AppError("unauthorized", "Sign in, or send an API token as `Authorization: Bearer <token>`");
      if (caller.kind === "user" && !["GET", "HEAD", "OPTIONS"].includes(request.method)) assertSameOrigin(request);
      if (!can(caller.role, spec.permission)) {
        throw new AppError("forbidden", `This needs the ${minimumRoleFor(spec.permission)} role; you are ${caller.role}`);
      }
      const params = parse(spec.params, await nextContext.params, "params");
      const query = parse(spec.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const body = spec.body ? parse(spec.body, await readJson(request), "body") : undefined;
      const result = await handler({ request, caller, body, params, query, requestId, log } as RouteContext<B, P, Q>);
      return Response.json(toJson(result), { status: spec.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      return errorResponse(error, requestId, log);
    }
  };
}

async function readJson(request: Request): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    throw new AppError("bad_request", "Send the body as JSON with `Content-Type: application/json`", {
      details: [{ field: "content-type", message: `expected application/json, got ${contentType || "nothing"}` }],
    });
  }
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request", "The request body is not valid JSON", {
      details: [{ field: "body", message: error instanceof SyntaxError ? error.message : "malformed JSON" }],
    });
  }
}

function parse<S extends Schema | undefined>(schema: S, value: unknown, location: "body" | "params" | "query"): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (result.success) return result.data as Infer<S>;
  const details: FieldProblem[] = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join(".") : location,
    message: issue.message,
  }));
  const status = location === "params" ? "not_found" : "bad_request";
  const message = location === "params" ? "No such record" : `Invalid ${location}: ${details.map((d) => `${d.field} ${d.message}`).join("; ")}`;
  throw new AppError(status, message, { details });
}

/** BigInt ids (audit events) are sent as strings. */
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item)));
}
