/**
 * The Kubernetes API server's request semantics that the stand-in
 * (fake-kubernetes-api.ts) follows: Status errors, RFC 7386 merge patches,
 * RFC 6902 JSON patches and label selectors.
 */
export const statusOf = (code: number, reason: string, message: string, details?: Record<string, unknown>) => ({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, ...(details ? { details } : {}), code });
export class StatusError extends Error {
  constructor(readonly status: ReturnType<typeof statusOf>) {
    super(status.message);
  }
}
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** RFC 7386: objects merge recursively, null deletes, anything else (lists too) replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = typeof target === "object" && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** RFC 6902 with JSON pointers; the API server answers 422 when an operation does not apply. */
export function jsonPatch(document: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw new StatusError(statusOf(400, "BadRequest", "json: cannot unmarshal object into Go value of type jsonpatch.Patch"));
  const result = structuredClone(document) as Record<string, unknown>;
  for (const { op, path, value } of operations as { op: string; path: string; value?: unknown }[]) {
    const keys = path.split("/").slice(1).map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown> | undefined>((node, key) => node?.[key] as Record<string, unknown> | undefined, result);
    const missing = () => new StatusError(statusOf(422, "Invalid", "the server rejected our request due to an error in our request", { causes: [{ reason: "UnexpectedServerResponse", message: `${op} operation does not apply: doc is missing path: "${path}": missing value` }] }));
    if (!parent || (op !== "add" && !(last in parent))) throw missing();
    if (op === "test" && !same(parent[last], value)) throw new StatusError(statusOf(422, "Invalid", `testing value ${path} failed: test failed`));
    if (op === "remove") delete parent[last];
    else if (op === "replace" || op === "add") parent[last] = structuredClone(value);
    else if (op !== "test") throw new StatusError(statusOf(400, "BadRequest", `unexpected kind: ${op}`));
  }
  return result;
}

/** `a=b`, `a!=b`, `a in (x,y)`, `a notin (x,y)`, `a`, `!a`, comma-separated (commas inside parentheses belong to the set). */
export function labelMatcher(query: string): (labels: Record<string, string>) => boolean {
  const requirements = (query.match(/[^,(]+(\([^)]*\))?/g) ?? []).map((part) => part.trim()).filter(Boolean);
  const tests = requirements.map((requirement): ((labels: Record<string, string>) => boolean) => {
    const set = /^(\S+)\s+(in|notin)\s+\((.*)\)$/.exec(requirement);
    if (set) return (labels) => (set[3]!.split(",").map((value) => value.trim()).includes(labels[set[1]!] ?? "\0") === (set[2] === "in"));
    const equality = /^([^=!]+)(==|=|!=)(.*)$/.exec(requirement);
    if (equality) return (labels) => (labels[equality[1]!] === equality[3]) === (equality[2] !== "!=");
    if (requirement.startsWith("!")) return (labels) => !(requirement.slice(1) in labels);
    return (labels) => requirement in labels;
  });
  return (labels) => tests.every((test) => test(labels));
}
