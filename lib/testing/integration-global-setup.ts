import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { embeddedDatabaseUrl, startEmbeddedPostgres } from "@/lib/server/db/embedded-postgres";
import { migrateDatabase } from "@/lib/server/db/migrate";

export const TEMPLATE_DATABASE = "rewind_template";

/**
 * One real Postgres (the embedded one) for the whole integration run, in a
 * throwaway directory on a free port. Migrations are applied once to a
 * template database; each test file then gets its own copy of it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rewind-it-"));
  // Postgres runs as its own OS user when we are root, and must reach its data directory.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const logger = pino({ level: "warn" });
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port, logger, database: TEMPLATE_DATABASE });
  await migrateDatabase(database.url, logger);
  project.provide("postgresPort", port);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

export async function createDatabaseFromTemplate(port: number, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, "postgres") });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await client.end();
  }
  return embeddedDatabaseUrl(port, name);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresPort: number;
  }
}
