import "server-only";
import path from "node:path";
import type { Logger } from "pino";
import type { RewindConfig } from "../config";
import { startEmbeddedPostgres, type DatabaseHandle } from "../db/embedded-postgres";

/** DATABASE_URL when configured; otherwise the embedded Postgres in <data dir>/postgres. */
export async function openDatabase(settings: RewindConfig, logger: Logger): Promise<DatabaseHandle> {
  if (settings.DATABASE_URL) {
    logger.info({ database: redactUrl(settings.DATABASE_URL) }, "using DATABASE_URL");
    return { url: settings.DATABASE_URL, stop: async () => undefined };
  }
  return startEmbeddedPostgres({
    dataDir: path.join(settings.dataDir, "postgres"),
    port: settings.REWIND_EMBEDDED_PG_PORT,
    logger,
  });
}

function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
