import { mkdirSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { startEmbeddedPostgres, type DatabaseHandle } from "@/lib/server/db/embedded-postgres";
import { migrateDatabase } from "@/lib/server/db/migrate";

/** Away from the dev database's default port, so a running `npm run dev` is never touched. */
export const BENCH_POSTGRES_PORT = Number(process.env.BENCH_POSTGRES_PORT ?? 54379);

/**
 * The embedded Postgres 18 under .data/bench, with a fresh migrated database
 * per run (named after the run) so earlier runs' rows never skew the numbers.
 * Sets DATABASE_URL, so import modules that call `db()` only after this.
 */
export async function startBenchDatabase(runName: string): Promise<DatabaseHandle> {
  const dataDir = path.resolve(".data/bench");
  // Postgres runs as its own OS user when we are root, and must reach its data directory.
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const logger = pino({ level: "warn" });
  const database = `${runName}_${Date.now()}`;
  const handle = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: BENCH_POSTGRES_PORT, logger, database });
  await migrateDatabase(handle.url, logger);
  process.env.DATABASE_URL = handle.url;
  return handle;
}
