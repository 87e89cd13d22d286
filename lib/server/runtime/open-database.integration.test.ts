import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pino from "pino";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { hashApiTokenSecret } from "@/lib/server/auth/api-token-secret";
import type { RewindConfig } from "@/lib/server/config";
import { embeddedDatabaseUrl } from "@/lib/server/db/embedded-postgres";
import { freePort } from "@/lib/testing/integration-global-setup";
import { openDatabase } from "./open-database";

const run = promisify(execFile);
const workDir = mkdtempSync(path.join(os.tmpdir(), "rewind-open-db-"));
chmodSync(workDir, 0o755);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("choosing the database", () => {
  it("uses DATABASE_URL when it is set, and starts no embedded Postgres", async () => {
    const dataDir = path.join(workDir, "unused");
    const settings = { DATABASE_URL: process.env.DATABASE_URL, dataDir, REWIND_EMBEDDED_PG_PORT: await freePort() } as RewindConfig;
    const database = await openDatabase(settings, pino({ level: "silent" }));
    expect(database.url).toBe(process.env.DATABASE_URL);
    expect(existsSync(dataDir)).toBe(false);
    await database.stop();
  });

  it("lets the CLI create an API token while Rewind is stopped, on the embedded database it starts and stops itself", async () => {
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: "", REWIND_DATA_DIR: path.join(workDir, "cli"), REWIND_EMBEDDED_PG_PORT: String(port), LOG_LEVEL: "warn" };
    const { stdout } = await run("npm", ["run", "--silent", "rewind", "--", "token", "create", "--name", "from-cli", "--role", "commander"], { env, cwd: process.cwd() });
    const secret = stdout.trim();
    expect(secret).toMatch(/^rwd_[\w-]{43}$/);

    // Stopped again: the CLI leaves no Postgres running behind it.
    await expect(new pg.Client({ connectionString: embeddedDatabaseUrl(port) }).connect()).rejects.toThrow();
    const database = await openDatabase({ dataDir: env.REWIND_DATA_DIR, REWIND_EMBEDDED_PG_PORT: port } as RewindConfig, pino({ level: "silent" }));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT name, role FROM "ApiToken" WHERE "tokenHash" = $1`, [hashApiTokenSecret(secret)]);
    await client.end();
    await database.stop();
    expect(rows).toEqual([{ name: "from-cli", role: "commander" }]);
  }, 90_000);
});
