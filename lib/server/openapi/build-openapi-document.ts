import "server-only";
import { z } from "zod";
import { minimumRoleFor, type Permission } from "@/lib/domain/permissions";

export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path template, e.g. /incidents/{incidentRef} */
  path: string;
  summary: string;
  /** null for public routes. */
  permission: Permission | null;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** Success status and what it returns. */
  success: { status: number; description: string };
  /** Extra error statuses beyond 400/401/403 that this operation answers. */
  errors?: Array<404 | 409 | 429 | 503>;
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input; details names each bad field",
  401: "No or invalid credentials",
  403: "The caller's role does not allow this, or a cross-site cookie request",
  404: "No such record (or a private incident the caller does not take part in)",
  409: "Conflict: a stale version or step, an illegal transition, or a duplicate",
  429: "Too many attempts",
  503: "A system Rewind depends on (the database, a sandbox service) did not answer",
};

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "details", "requestId"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        details: { type: "array", items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } } } },
        requestId: { type: "string" },
      },
    },
  },
};

/** The OpenAPI 3.1 document, with request schemas generated from the zod schemas the routes validate with. */
export function buildOpenApiDocument(operations: readonly ApiOperation[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const pathItem = (paths[operation.path] ??= {});
    pathItem[operation.method] = {
      summary: operation.summary,
      description: operation.permission ? `Needs the ${minimumRoleFor(operation.permission)} role.` : "Public.",
      security: operation.permission ? [{ bearerToken: [] }, { sessionCookie: [] }] : [],
      parameters: [...pathParameters(operation.path), ...queryParameters(operation.query)],
      ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(operation.body) } } } } : {}),
      responses: {
        [operation.success.status]: { description: operation.success.description },
        ...Object.fromEntries(
          [...(operation.permission ? [400, 401, 403] : []), ...(operation.errors ?? [])].map((status) => [
            status,
            { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          ]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Rewind API", version, description: "Guided, audited rollbacks for incident response. See docs/api.md." },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token (rwd_…) from Settings → API tokens or `npm run rewind -- token create`" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "string" } }));
}

function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  const schema = jsonSchema(query) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property }));
}
