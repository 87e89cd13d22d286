import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/testing/integration-global-setup";
import { startEmbeddedPostgres } from "./embedded-postgres";

const logger = pino({ level: "silent" });
const workDir = mkdtempSync(path.join(os.tmpdir(), "rewind-embedded-"));
chmodSync(workDir, 0o755);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("embedded Postgres", () => {
  it("initialises once, keeps every row across a stop and a start, and lets a second process join", async () => {
    const dataDir = path.join(workDir, "postgres");
    const port = await freePort();

    const first = await startEmbeddedPostgres({ dataDir, port, logger });
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    await query(first.url, "CREATE TABLE kept (id int primary key); INSERT INTO kept VALUES (1), (2)");

    const joined = await startEmbeddedPostgres({ dataDir, port, logger });
    expect(joined.url).toBe(first.url);
    await joined.stop();
    expect((await query(first.url, "SELECT count(*)::int AS n FROM kept")).rows[0].n).toBe(2);

    await first.stop();
    await expect(query(first.url, "SELECT 1")).rejects.toThrow();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const restarted = await startEmbeddedPostgres({ dataDir, port, logger });
    expect((await query(restarted.url, "SELECT array_agg(id ORDER BY id) AS ids FROM kept")).rows[0].ids).toEqual([1, 2]);
    await restarted.stop();
  });
});
