import "server-only";

export type HttpCheckResult = { ok: boolean; actual: string };

/** One verification request: the status (and optionally a body fragment) a critical flow must answer with. */
export async function checkHttp(request: { method: string; url: string; expectedStatus?: number; bodyContains?: string }, signal: AbortSignal): Promise<HttpCheckResult> {
  const started = performance.now();
  try {
    const response = await fetch(request.url, { method: request.method, signal, redirect: "manual", cache: "no-store" });
    const body = request.bodyContains === undefined ? "" : await response.text();
    if (request.bodyContains === undefined) await response.body?.cancel();
    const ms = Math.round(performance.now() - started);
    const statusOk = request.expectedStatus === undefined ? response.status >= 200 && response.status < 300 : response.status === request.expectedStatus;
    const bodyOk = request.bodyContains === undefined || body.includes(request.bodyContains);
    const bodyNote = request.bodyContains === undefined ? "" : bodyOk ? ", body matched" : `, body lacks “${request.bodyContains}”`;
    return { ok: statusOk && bodyOk, actual: `HTTP ${response.status} in ${ms} ms${bodyNote}` };
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { ok: false, actual: `no answer: ${reason}` };
  }
}
