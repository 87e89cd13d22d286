import "server-only";
import { describeExpectedStatus, describeHttpParams, type HttpParams, isExpectedStatus } from "@/lib/domain/rollback/actions/http";
import { isSecretRef } from "@/lib/domain/rollback/secret-ref";
import type { ActionContext, ActionExecutor, ActionPreview } from "./action-executor";
import { renderForRequest, renderJsonForRequest, sendHttpRequest } from "./http-send";

/** How much of a JSON body a preview shows. */
const PREVIEW_BODY_CHARS = 1_000;

type RenderedParts = { url: string; body: string | undefined };

/** The URL and body with the run's variables; both are secret-free by construction (secrets live in headers). */
function renderParts(params: HttpParams, variables: Record<string, string>): RenderedParts {
  const url = renderForRequest("URL", params.url, variables);
  const body = params.body === undefined ? undefined : JSON.stringify(renderJsonForRequest("body", params.body, variables));
  return { url, body };
}

/** Header names for logs and previews: secret ones as `{secret:name}`, inline values left out. */
function describeHeaders(params: HttpParams): string[] {
  return Object.entries(params.headers ?? {}).map(([name, value]) => (isSecretRef(value) ? `${name}: {secret:${value.secret}}` : name));
}

async function resolveHeaders(params: HttpParams, parts: RenderedParts, context: ActionContext): Promise<{ headers: Record<string, string>; secretValues: string[] }> {
  const headers: Record<string, string> = { "user-agent": "Rewind rollback" };
  if (parts.body !== undefined) headers["content-type"] = "application/json";
  const secretValues: string[] = [];
  for (const [name, value] of Object.entries(params.headers ?? {})) {
    if (isSecretRef(value)) {
      const revealed = await context.secrets.reveal(value);
      secretValues.push(revealed);
      headers[name.toLowerCase()] = revealed;
    } else {
      headers[name.toLowerCase()] = renderForRequest(`header ${name}`, value, context.variables);
    }
  }
  headers["idempotency-key"] = context.idempotencyKey;
  return { headers, secretValues };
}

export const httpExecutor: ActionExecutor<HttpParams> = {
  kind: "http",

  // A call is an append: sent twice, it may act twice. The Idempotency-Key
  // header lets a target that honours it drop the repeat, but Rewind cannot know whether it does.
  resumable: () => false,

  async preview(params, env): Promise<ActionPreview> {
    const { url, body } = renderParts(params, env.variables);
    const headers = [...describeHeaders(params), "Idempotency-Key"];
    const bodyText = body === undefined ? "" : ` and body ${body.length > PREVIEW_BODY_CHARS ? `${body.slice(0, PREVIEW_BODY_CHARS)}…` : body}`;
    return {
      description: describeHttpParams(params),
      dryRun: {
        supported: false,
        wouldDo: `would send ${params.method} ${url} with headers ${headers.join(", ")}${bodyText}, expecting HTTP ${describeExpectedStatus(params.expectedStatus)}`,
      },
    };
  },

  async execute(params, context) {
    const parts = renderParts(params, context.variables);
    const { headers, secretValues } = await resolveHeaders(params, parts, context);
    const headerNames = describeHeaders(params);
    context.log(`Sending ${params.method} ${parts.url}${headerNames.length > 0 ? ` with headers ${headerNames.join(", ")}` : ""} (Idempotency-Key ${context.idempotencyKey})`);
    const sent = await sendHttpRequest(
      { method: params.method, url: parts.url, headers, body: parts.body },
      {
        signal: context.signal,
        timeoutMs: params.timeoutSeconds === undefined ? undefined : params.timeoutSeconds * 1000,
        isExpected: (status) => isExpectedStatus(status, params.expectedStatus),
        expectedText: describeExpectedStatus(params.expectedStatus),
        secretValues,
      },
    );
    context.log(`${params.method} ${parts.url} answered HTTP ${sent.status} in ${sent.latencyMs} ms`);
    return {
      summary: `${params.method} ${parts.url} answered HTTP ${sent.status} in ${sent.latencyMs} ms`,
      details: {
        method: params.method,
        url: parts.url,
        status: sent.status,
        latencyMs: sent.latencyMs,
        idempotencyKey: context.idempotencyKey,
        note: "Sent with this Idempotency-Key: a target that honours the header ignores a repeat of this call, for example after Rewind restarts.",
      },
    };
  },
};
