import { z } from "zod";
import { type JsonValue, jsonTemplateStrings, malformedPlaceholders, TemplateError, templateTextSchema } from "../render-template";
import { isSecretRef, secretRefSchema } from "../secret-ref";

/**
 * An HTTP call to another system's API: a feature-flag service's admin API
 * (Unleash's `.../environments/production/off`), a CDN purge, a status page.
 * Secrets go in headers as `{ "secret": "name" }`, never in the URL, which is
 * logged and shown.
 */

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An RFC 9110 token. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Set by Rewind (the idempotency key) or by the HTTP client itself. */
const RESERVED_HEADERS = new Set(["idempotency-key", "content-length", "host", "transfer-encoding", "connection"]);

const statusSchema = z.number({ error: "must be an HTTP status" }).int("must be an HTTP status").min(100, "must be an HTTP status").max(599, "must be an HTTP status");

const urlSchema = templateTextSchema(2_000)
  .min(1, "is required")
  .superRefine((url, context) => {
    if (!/^https?:\/\//i.test(url)) return context.addIssue({ code: "custom", message: "must start with http:// or https://" });
    // Placeholders become a plain word, so that `https://{{service.host}}/purge` still checks as a URL.
    let parsed: URL;
    try {
      parsed = new URL(url.replace(/\{\{[^{}]*\}\}/g, "x"));
    } catch {
      return context.addIssue({ code: "custom", message: "must be an http(s) URL" });
    }
    if (parsed.username || parsed.password) {
      context.addIssue({ code: "custom", message: "must not hold credentials: put them in a header with a secret reference" });
    }
  });

const headerValueSchema = z.union([templateTextSchema(4_000), secretRefSchema]);

/** Names are checked here rather than by a key schema, so that each problem names its header. */
const headersSchema = z.record(z.string(), headerValueSchema).superRefine((headers, context) => {
  const seen = new Set<string>();
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name) || name.length > 200) context.addIssue({ code: "custom", path: [name], message: "must be an HTTP header name" });
    else if (RESERVED_HEADERS.has(lower)) context.addIssue({ code: "custom", path: [name], message: "is set by Rewind" });
    else if (seen.has(lower)) context.addIssue({ code: "custom", path: [name], message: "is given twice" });
    seen.add(lower);
  }
});

const BODY_MAX_CHARS = 100_000;
const bodySchema: z.ZodType<JsonValue> = z.json().refine((body) => JSON.stringify(body).length <= BODY_MAX_CHARS, `must be at most ${BODY_MAX_CHARS} characters as JSON`);

export const httpParamsSchema = z
  .strictObject({
    method: z.enum(HTTP_METHODS, { error: "must be GET, POST, PUT, PATCH or DELETE" }),
    /** May hold template variables (`{{incident.key}}`); must not hold secrets. */
    url: urlSchema,
    /** Inline values may hold template variables; `{ "secret": "name" }` values are revealed only when the call is sent. */
    headers: headersSchema.optional(),
    /** Sent as JSON; every string in it is a template. */
    body: bodySchema.optional(),
    /** One status or a list; any 2xx when left out. */
    expectedStatus: z.union([statusSchema, z.array(statusSchema).min(1, "must list at least one status").max(20)]).optional(),
    /** Limit for this request alone, within the step's own timeout. */
    timeoutSeconds: z.number().int("must be whole seconds").min(1, "must be at least 1 s").max(900, "must be at most 900 s").optional(),
  })
  .superRefine((params, context) => {
    if (params.body !== undefined && params.method === "GET") context.addIssue({ code: "custom", path: ["body"], message: "is not allowed with GET" });
    if (params.body !== undefined) {
      const malformed = [...new Set(jsonTemplateStrings(params.body).flatMap(malformedPlaceholders))];
      if (malformed.length > 0) context.addIssue({ code: "custom", path: ["body"], message: new TemplateError([], malformed).message });
    }
  });
export type HttpParams = z.infer<typeof httpParamsSchema>;

export function isExpectedStatus(status: number, expected: HttpParams["expectedStatus"]): boolean {
  if (expected === undefined) return status >= 200 && status < 300;
  return Array.isArray(expected) ? expected.includes(status) : status === expected;
}

/** "2xx", "204", "200 or 204". */
export function describeExpectedStatus(expected: HttpParams["expectedStatus"]): string {
  if (expected === undefined) return "2xx";
  if (!Array.isArray(expected)) return String(expected);
  return expected.length === 1 ? String(expected[0]) : `${expected.slice(0, -1).join(", ")} or ${expected.at(-1)}`;
}

/** Names of the headers whose values are secrets. */
export function secretHeaderNames(params: HttpParams): string[] {
  return Object.entries(params.headers ?? {})
    .filter(([, value]) => isSecretRef(value))
    .map(([name]) => name);
}

export function describeHttpParams(params: HttpParams): string {
  const body = params.body === undefined ? "" : " with a JSON body";
  const secrets = secretHeaderNames(params);
  const secretText = secrets.length === 0 ? "" : `, authenticated by the secret ${secrets.length === 1 ? "header" : "headers"} ${secrets.join(", ")}`;
  return `Send ${params.method} ${params.url}${body}${secretText}, expecting HTTP ${describeExpectedStatus(params.expectedStatus)}`;
}
