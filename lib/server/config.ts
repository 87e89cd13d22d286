import "server-only";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"])
  .transform((value) => ["1", "true", "on", "yes"].includes(value));

const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z.url().optional(),
  REWIND_DATA_DIR: z.string().min(1).default(".data"),
  REWIND_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  REWIND_ADMIN_EMAIL: z.email().default("admin@rewind.local"),
  REWIND_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  REWIND_INSTANCE_ID: z.string().min(1).default(`${os.hostname()}-${process.pid}`),
  REWIND_TRUST_PROXY: booleanFlag.default(false),
  REWIND_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  REWIND_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_DISPLAY_NAME: z.string().min(1).default("Single sign-on"),
  OIDC_DEFAULT_ROLE: z.enum(["viewer", "responder", "commander", "admin"]).default("viewer"),
  /** "off" runs Rewind without the sandbox fleet and its demo services. */
  REWIND_DEMO: booleanFlag.default(true),
  /** First of three consecutive loopback ports for the sandbox fleet; 0 picks free ones. */
  REWIND_SANDBOX_PORT: z.coerce.number().int().min(0).max(65533).default(4100),
  /** How often the collector looks for sources due (each source has its own interval). */
  REWIND_COLLECTOR_TICK_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /** 32 bytes, base64: the AES-256-GCM key for secrets at rest. Unset: generated once into <data dir>/secrets.key. Every instance of a cluster needs the same. */
  REWIND_SECRETS_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)")
    .optional(),
  /** A running step's heartbeat older than this means its instance is gone (crash recovery). */
  REWIND_STEP_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type RewindConfig = z.infer<typeof configSchema> & { dataDir: string };

let cached: RewindConfig | undefined;

/** Reads and validates the environment once; a bad variable stops start-up with its name. */
export function config(): RewindConfig {
  if (cached) return cached;
  const parsed = configSchema.safeParse(withoutEmptyValues(process.env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  cached = { ...parsed.data, dataDir: path.resolve(parsed.data.REWIND_DATA_DIR) };
  return cached;
}

export function oidcEnabled(settings: RewindConfig): boolean {
  return Boolean(settings.OIDC_ISSUER && settings.OIDC_CLIENT_ID && settings.OIDC_CLIENT_SECRET);
}

/** Empty variables (FOO=) mean "not set", as in most twelve-factor apps. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
