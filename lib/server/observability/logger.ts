import "server-only";
import pino, { type Logger } from "pino";

const globalForLogger = globalThis as unknown as { __rewindLogger?: Logger };

/**
 * One JSON logger per process, shared by the custom server and the Next.js
 * bundle (which load this module separately, hence globalThis).
 */
export const logger: Logger = (globalForLogger.__rewindLogger ??= pino({
  level: process.env.LOG_LEVEL || "info",
  base: { service: "rewind", instance: process.env.REWIND_INSTANCE_ID },
  redact: {
    paths: ["req.headers.authorization", "req.headers.cookie", "password", "*.password", "token", "*.token"],
    censor: "[redacted]",
  },
  timestamp: pino.stdTimeFunctions.isoTime,
}));
