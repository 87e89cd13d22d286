import "server-only";
import { renderJsonTemplate, renderTemplate, TemplateError, type JsonValue } from "@/lib/domain/rollback/render-template";
import { ActionFailure } from "./action-executor";

/** What a failure message quotes of an unexpected answer. */
const EXCERPT_CHARS = 200;

export type OutgoingRequest = {
  method: string;
  url: string;
  /** Already resolved: may hold secret values, so never logged or returned. */
  headers: Record<string, string>;
  body?: string;
};

export type SendOptions = {
  signal: AbortSignal;
  /** A limit for this request alone, on top of `signal`. */
  timeoutMs?: number;
  isExpected(status: number): boolean;
  /** "2xx", "200 or 204": for the failure message. */
  expectedText: string;
  /** Revealed secret values: cut out of every failure message, in case the target echoes a header back. */
  secretValues: readonly string[];
  /** How failure messages name the request when its URL is itself a secret (a chat webhook); `METHOD URL` otherwise. */
  displayTarget?: string;
};

export type SentRequest = { status: number; latencyMs: number };

/** Renders a template for a request, turning unknown variables into a failure the commander can act on. */
export function renderForRequest(what: string, template: string, variables: Record<string, string>): string {
  try {
    return renderTemplate(template, variables);
  } catch (error) {
    if (error instanceof TemplateError) throw new ActionFailure(`The ${what} cannot be rendered: ${error.message}`);
    throw error;
  }
}

export function renderJsonForRequest(what: string, template: JsonValue, variables: Record<string, string>): JsonValue {
  try {
    return renderJsonTemplate(template, variables);
  } catch (error) {
    if (error instanceof TemplateError) throw new ActionFailure(`The ${what} cannot be rendered: ${error.message}`);
    throw error;
  }
}

/**
 * Sends one request and checks its status. Redirects are not followed: a
 * rollback call lands where the plan says, or fails saying where it was sent.
 */
export async function sendHttpRequest(request: OutgoingRequest, options: SendOptions): Promise<SentRequest> {
  const { signal, timeoutMs } = options;
  const timeout = timeoutMs === undefined ? null : AbortSignal.timeout(timeoutMs);
  const started = performance.now();
  const target = options.displayTarget ?? `${request.method} ${request.url}`;
  const fail = (message: string, retryable = false) => new ActionFailure(scrub(message, options.secretValues), { retryable });
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: timeout ? AbortSignal.any([signal, timeout]) : signal,
      redirect: "manual",
      cache: "no-store",
    });
  } catch (error) {
    if (signal.aborted) throw fail(`${target} was stopped before it answered (step timeout or cancel); it may have been received`);
    if (timeout?.aborted) throw fail(`${target} did not answer within ${Math.round((timeoutMs ?? 0) / 1000)} s; it may have been received`);
    // Nothing was delivered when the connection failed, so trying again is safe.
    throw fail(`${target} could not be sent: ${networkReason(error)}`, true);
  }
  const latencyMs = Math.round(performance.now() - started);
  if (options.isExpected(response.status)) {
    await response.body?.cancel();
    return { status: response.status, latencyMs };
  }
  // Read past the excerpt by the longest secret, so that a secret cut at the excerpt's end is still recognised.
  const longestSecret = Math.max(0, ...options.secretValues.map((secret) => secret.length));
  const excerpt = oneLine(scrub(await readStart(response, EXCERPT_CHARS + longestSecret), options.secretValues)).slice(0, EXCERPT_CHARS);
  const location = response.headers.get("location");
  const redirect = location && response.status >= 300 && response.status < 400 ? ` (redirect to ${location}, not followed)` : "";
  throw fail(
    `${target} answered HTTP ${response.status}${redirect}, expected ${options.expectedText}${excerpt ? `: ${excerpt}` : ""}`,
    // A server error may pass; a refusal (4xx) will not without a change to the plan.
    response.status >= 500,
  );
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error && error.cause.message ? error.cause.message : error.message;
}

/** At least the first `chars` characters of the answer, when it has them; reads no further than needed. */
async function readStart(response: Response, chars: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < chars) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
  } catch {
    // A body cut short still leaves the status to report.
  }
  return text;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function scrub(text: string, secretValues: readonly string[]): string {
  return secretValues.reduce((scrubbed, secret) => (secret.length > 0 ? scrubbed.split(secret).join("[secret]") : scrubbed), text);
}
