import "server-only";
import pg from "pg";
import type { TableRowCounts } from "@/lib/domain/rollback/actions/postgres";
import type { SecretRef } from "@/lib/domain/rollback/secret-ref";
import { ActionFailure, type SecretResolver } from "./action-executor";

/**
 * A target database taken from its secret URL. The password travels only in
 * `PGPASSWORD`; tools get the URL without it, and every line we log passes
 * through `scrub`, which blanks the URL, its password-less form and the password.
 */
export type PostgresTarget = {
  /** The database name (from the URL path), safe to log. */
  database: string;
  /** Full URL, for node-postgres connections only. */
  url: string;
  /** The libpq connection string for `--dbname`, without the password. */
  toolDbname: string;
  /** Environment for client tools: the password, and nothing of Rewind's own. */
  toolEnv: Record<string, string>;
  /** The same server, another database (scratch databases for validation). */
  withDatabase(name: string): PostgresTarget;
  scrub(line: string): string;
};

export async function resolvePostgresTarget(secrets: SecretResolver, ref: SecretRef): Promise<PostgresTarget> {
  const value = (await secrets.reveal(ref)).trim();
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ActionFailure(`The secret "${ref.secret}" does not hold a URL; it must be postgres://user:password@host:5432/database.`);
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new ActionFailure(`The secret "${ref.secret}" must hold a postgres:// URL.`);
  }
  if (decodeURIComponent(parsed.pathname.slice(1)) === "") {
    throw new ActionFailure(`The URL in secret "${ref.secret}" names no database (postgres://…/database).`);
  }
  return targetFromUrl(parsed, [value]);
}

function targetFromUrl(parsed: URL, alsoScrub: string[]): PostgresTarget {
  const password = decodeURIComponent(parsed.password);
  const withoutPassword = new URL(parsed.href);
  withoutPassword.password = "";
  const secretsToScrub = [...alsoScrub, parsed.href, withoutPassword.href, password, parsed.password]
    .filter((secret) => secret.length >= 4)
    .sort((a, b) => b.length - a.length);
  return {
    database: decodeURIComponent(parsed.pathname.slice(1)),
    url: parsed.href,
    toolDbname: withoutPassword.href,
    toolEnv: toolEnvironment(password),
    withDatabase(name) {
      const other = new URL(parsed.href);
      other.pathname = `/${encodeURIComponent(name)}`;
      return targetFromUrl(other, secretsToScrub);
    },
    scrub(line) {
      return secretsToScrub.reduce((scrubbed, secret) => scrubbed.split(secret).join("[redacted]"), line);
    },
  };
}

const INHERITED_ENV = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR"] as const;

function toolEnvironment(password: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  // English messages, so that commanders and our own checks read the same words.
  env.LC_MESSAGES = "C";
  if (password) env.PGPASSWORD = password;
  return env;
}

/** Runs `work` with a connected client, ending it on abort so a blocked query stops waiting. */
export async function withClient<T>(target: PostgresTarget, signal: AbortSignal, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000, application_name: "rewind" });
  // Errors after a failed query or an abort arrive here too; the awaited call reports them.
  client.on("error", () => undefined);
  const onAbort = () => void client.end().catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    if (signal.aborted) throw signal.reason;
    await client.connect();
    return await work(client);
  } catch (error) {
    if (signal.aborted) throw abortFailure(signal);
    if (error instanceof ActionFailure) throw error;
    throw new ActionFailure(`PostgreSQL (${target.database}): ${target.scrub(describeError(error))}`, { retryable: isTransient(error) });
  } finally {
    signal.removeEventListener("abort", onAbort);
    await client.end().catch(() => undefined);
  }
}

export async function serverVersion(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  return rows[0]?.server_version ?? "unknown";
}

/** Exact row counts of the ordinary and partitioned tables of the public schema, by table name. */
export async function publicRowCounts(client: pg.Client): Promise<TableRowCounts> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  const counts: TableRowCounts = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM public.${client.escapeIdentifier(name)}`);
    counts[name] = Number(rows[0]?.count);
  }
  return counts;
}

/** Why a step stopped: the failure that stopped it, or the cancel or timeout. */
export function abortFailure(signal: AbortSignal): ActionFailure {
  const reason: unknown = signal.reason;
  if (reason instanceof ActionFailure) return reason;
  const timedOut = reason instanceof Error && reason.name === "TimeoutError";
  return new ActionFailure(timedOut ? "Stopped: the step timed out." : "Stopped: the step was cancelled.");
}

/** Connection trouble and server restarts may pass; a refused statement will not. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return true;
  return /^E[A-Z]+$/.test(code) || /^(08|53|57P0[1-3])/.test(code);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
