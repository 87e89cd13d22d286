import type { IncomingMessage, ServerResponse } from "node:http";
import type { ControlError } from "../control-api";

const MAX_BODY_BYTES = 16 * 1024;

export class BadRequestError extends Error {
  constructor(readonly details: ControlError["details"]) {
    super(details.map((detail) => `${detail.field} ${detail.message}`).join("; "));
    this.name = "BadRequestError";
  }
}

/** An empty body reads as `{}`, so `POST /control/reset` needs none. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequestError([{ field: "body", message: `must be at most ${MAX_BODY_BYTES} bytes` }]);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequestError([{ field: "body", message: error instanceof SyntaxError ? error.message : "is not valid JSON" }]);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.destroyed) return;
  const payload = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  response.end(payload);
}

export function sendError(response: ServerResponse, status: number, code: string, message: string, details: ControlError["details"] = []): void {
  sendJson(response, status, { error: { code, message, details } satisfies ControlError });
}
