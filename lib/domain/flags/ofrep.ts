/**
 * The OpenFeature Remote Evaluation Protocol (OFREP, open-feature/protocol
 * service/openapi.yaml) as Rewind serves it. Rewind's flags have no targeting
 * rules: a flag serves its on value while enabled (reason STATIC) and its off
 * value while disabled (reason DISABLED), whatever the evaluation context.
 */

export type OfrepReason = "STATIC" | "DISABLED";
export type OfrepVariant = "on" | "off";

/** OFREP metadata values are primitives only (the OpenFeature SDKs drop anything else). */
export type OfrepMetadata = Record<string, string | number | boolean>;

export type OfrepEvaluation = { key: string; value: unknown; reason: OfrepReason; variant: OfrepVariant; metadata: OfrepMetadata };

/** The error codes OFREP defines for a failed evaluation (FLAG_NOT_FOUND has its own 404 answer). */
export type OfrepErrorCode = "PARSE_ERROR" | "INVALID_CONTEXT" | "TARGETING_KEY_MISSING" | "GENERAL" | "FLAG_NOT_FOUND";
export type OfrepProblem = { errorCode: OfrepErrorCode; errorDetails: string };

export type EvaluableFlag = { key: string; description: string | null; enabled: boolean; onValue: unknown; offValue: unknown; killSwitch: boolean; sets: readonly string[]; version: number };

export function evaluateFeatureFlag(flag: EvaluableFlag): OfrepEvaluation {
  const metadata: OfrepMetadata = { version: flag.version, killSwitch: flag.killSwitch };
  if (flag.sets.length > 0) metadata.sets = flag.sets.join(",");
  // The description carries messages for applications, such as a maintenance page's text.
  if (flag.description) metadata.description = flag.description;
  return flag.enabled
    ? { key: flag.key, value: flag.onValue, reason: "STATIC", variant: "on", metadata }
    : { key: flag.key, value: flag.offValue, reason: "DISABLED", variant: "off", metadata };
}

/**
 * Reads an evaluation request body: `{ "context": { … } }`, both optional.
 * The context is checked, though no rule uses it yet, so a client sending a
 * broken one hears about it instead of getting answers it did not ask for.
 */
export function readOfrepContext(bodyText: string): { ok: true; context: Record<string, unknown> } | { ok: false; problem: OfrepProblem } {
  if (bodyText.trim() === "") return { ok: true, context: {} };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch (error) {
    return { ok: false, problem: { errorCode: "PARSE_ERROR", errorDetails: `The request body is not valid JSON: ${error instanceof Error ? error.message : "malformed"}` } };
  }
  if (!isPlainObject(body)) return { ok: false, problem: { errorCode: "PARSE_ERROR", errorDetails: "The request body must be a JSON object: { \"context\": { … } }" } };
  const context = body.context ?? {};
  if (!isPlainObject(context)) return { ok: false, problem: { errorCode: "INVALID_CONTEXT", errorDetails: "context must be a JSON object" } };
  if (context.targetingKey !== undefined && typeof context.targetingKey !== "string") {
    return { ok: false, problem: { errorCode: "INVALID_CONTEXT", errorDetails: "context.targetingKey must be a string" } };
  }
  return { ok: true, context };
}

/** RFC 9110 If-None-Match with the weak comparison: `*`, or a list of (possibly W/-prefixed) entity tags. */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
