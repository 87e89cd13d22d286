import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresParamsSchema, type PostgresParams } from "@/lib/domain/rollback/actions/postgres";
import { startDebianPostgres, type DebianPostgres } from "@/lib/testing/debian-postgres";
import { pollUntil } from "@/lib/testing/poll-until";
import { recordedContext, type Recorded } from "@/lib/testing/postgres-action-context";
import { ActionFailure, type ActionResult } from "./action-executor";
import { postgresExecutor } from "./postgres";

/**
 * Against a real Debian PostgreSQL cluster the test starts (pg_dump refuses
 * Rewind's newer embedded server), reached with password authentication
 * through a URL held as a secret, as a non-superuser that owns its database.
 */
let cluster: DebianPostgres;
let workDir: string;
const ROLE = "shop_owner";
// An '@' makes the URL carry the password percent-encoded: both forms must stay out of the logs.
const PASSWORD = `p@ss-${randomBytes(8).toString("hex")}`;
const SECRET = "shop-db-url";

beforeAll(async () => {
  cluster = await startDebianPostgres();
  workDir = await mkdtemp(path.join(os.tmpdir(), "rewind-pg-action-"));
  await asSuperuser("postgres", (client) => client.query(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}'`));
});
afterAll(async () => {
  await cluster?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster.superuserUrl(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type Shop = { database: string; url: string; query<R extends pg.QueryResultRow>(sql: string): Promise<R[]>; dir: string };

/** A fresh database owned by the shop role, with 3 customers and 5 orders, and a directory for its dumps. */
async function createShop(): Promise<Shop> {
  const database = `shop_${randomBytes(4).toString("hex")}`;
  await asSuperuser("postgres", (client) => client.query(`CREATE DATABASE ${database} OWNER ${ROLE}`));
  const url = `postgresql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${cluster.port}/${database}`;
  const query = async <R extends pg.QueryResultRow>(sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<R>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  await query(`
    CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
    CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers, total numeric NOT NULL, note text);
    INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Linus');
    INSERT INTO orders VALUES (1, 1, 10, 'gift'), (2, 1, 20, null), (3, 2, 30, null), (4, 3, 40, 'rush'), (5, 3, 50, null);`);
  const dir = await mkdtemp(path.join(workDir, `${database}-`));
  return { database, url, query, dir };
}

function params(input: Record<string, unknown>): PostgresParams {
  return postgresParamsSchema.parse({ database: { secret: SECRET }, ...input });
}

/** Neither the URL (any form) nor the password may show in a log line or a result. */
function expectNoSecret(shop: Shop, recorded: Recorded, ...results: unknown[]): void {
  const text = [...recorded.lines.map(({ line }) => line), ...results.map((result) => JSON.stringify(result ?? null))].join("\n");
  for (const secret of [shop.url, PASSWORD, encodeURIComponent(PASSWORD), `${ROLE}@127.0.0.1`]) expect(text).not.toContain(secret);
}

async function rejectionOf(promise: Promise<unknown>): Promise<ActionFailure> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ActionFailure);
  return error as ActionFailure;
}

async function scratchDatabases(): Promise<string[]> {
  const rows = await asSuperuser("postgres", (client) => client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'rewind_validate_%'"));
  return rows.rows.map((row) => row.datname);
}

async function safetyDump(shop: Shop, idempotencyKey = "run-a:0"): Promise<{ result: ActionResult; recorded: Recorded; file: string }> {
  const recorded = recordedContext(SECRET, shop.url, { idempotencyKey });
  const result = await postgresExecutor.execute(params({ operation: "safety_dump", directory: shop.dir }), recorded.context);
  return { result, recorded, file: String(result.details?.file) };
}

describe("the postgres action against a real Debian PostgreSQL", () => {
  it("takes a safety dump in custom format, with the row counts of its snapshot, and keeps it when the step runs again", async () => {
    const shop = await createShop();
    const { result, recorded, file } = await safetyDump(shop);

    expect(path.dirname(file)).toBe(shop.dir);
    expect(path.basename(file)).toMatch(new RegExp(`^${shop.database}-\\d{8}T\\d{6}Z-[0-9a-f]{10}-[0-9a-f]{8}\\.dump$`));
    expect((await readFile(file)).subarray(0, 5).toString()).toBe("PGDMP");
    expect(result.details).toMatchObject({ rowCounts: { customers: 3, orders: 5 }, reused: false, serverVersion: expect.stringMatching(/^15\./) });
    expect(result.details?.bytes).toBeGreaterThan(0);
    expect(recorded.lines.map(({ line }) => line)).toContainEqual(expect.stringMatching(/^Safety dump written: [\d.]+ (B|KiB) in [\d.]+ s, 2 tables counted$/));
    expect(await readdir(shop.dir)).toEqual([path.basename(file), `${path.basename(file)}.counts.json`].sort());

    const again = await safetyDump(shop);
    expect(again.result.details).toMatchObject({ file, reused: true, rowCounts: { customers: 3, orders: 5 } });
    expect(await readdir(shop.dir)).toHaveLength(2);
    expectNoSecret(shop, recorded, result);
  });

  it("validates a backup in a scratch database against the counts recorded at dump time, then drops it", async () => {
    const shop = await createShop();
    const { file } = await safetyDump(shop);
    await shop.query("DELETE FROM orders WHERE id > 3");

    const recorded = recordedContext(SECRET, shop.url);
    const result = await postgresExecutor.execute(params({ operation: "validate_backup", dumpFile: file }), recorded.context);

    expect(result.details).toMatchObject({ rowCounts: { customers: 3, orders: 5 }, comparedWith: expect.stringMatching(/^the row counts recorded when the dump was taken/) });
    const lines = recorded.lines.map(({ line }) => line);
    expect(lines).toContainEqual(expect.stringMatching(/^Created scratch database rewind_validate_[0-9a-f]{12}$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Dropped scratch database rewind_validate_/));
    expect(await scratchDatabases()).toEqual([]);
    expectNoSecret(shop, recorded, result);
  });

  it("fails a backup whose rows differ from the expectation, naming the table, and still drops the scratch database", async () => {
    const shop = await createShop();
    const { file } = await safetyDump(shop);

    const recorded = recordedContext(SECRET, shop.url);
    const failure = await rejectionOf(postgresExecutor.execute(params({ operation: "validate_backup", dumpFile: file, expectedRowCounts: { customers: 3, orders: 6 } }), recorded.context));

    expect(failure.message).toBe(`The backup ${file} does not hold the expected rows: orders: expected 6, restored 5`);
    expect(recorded.lines).toContainEqual({ line: "orders: expected 6, restored 5", level: "error" });
    expect(await scratchDatabases()).toEqual([]);

    // Without an expectation or a recorded manifest, the live database is the reference.
    await rm(`${file}.counts.json`);
    await shop.query("INSERT INTO orders VALUES (6, 2, 60, null)");
    const live = await rejectionOf(postgresExecutor.execute(params({ operation: "validate_backup", dumpFile: file }), recordedContext(SECRET, shop.url).context));
    expect(live.message).toMatch(/orders: expected 6, restored 5$/);
    expect(await scratchDatabases()).toEqual([]);
  });

  it("restores the rows of a dump, only after a safety dump from the same run", async () => {
    const shop = await createShop();
    const { file: backup } = await safetyDump(shop, "run-backup:0");
    await shop.query("DELETE FROM orders WHERE id > 2; UPDATE customers SET name = 'Mallory' WHERE id = 1; ALTER TABLE orders DROP COLUMN note");
    const restore = params({ operation: "restore", dumpFile: backup });

    const refused = await rejectionOf(postgresExecutor.execute(restore, recordedContext(SECRET, shop.url, { idempotencyKey: "run-b:1" }).context));
    expect(refused.message).toBe(`No safety dump of ${shop.database} from this run in ${shop.dir}. Add a safety dump step before the restore, or turn off "require a safety dump".`);
    expect(await shop.query("SELECT count(*)::int AS n FROM orders")).toEqual([{ n: 2 }]);

    const { file: safety } = await safetyDump(shop, "run-b:0");
    const recorded = recordedContext(SECRET, shop.url, { idempotencyKey: "run-b:1" });
    const result = await postgresExecutor.execute(restore, recorded.context);

    expect(result.details).toMatchObject({ dumpFile: backup, safetyDump: safety, rowCounts: { customers: 3, orders: 5 } });
    expect(await shop.query("SELECT id, note FROM orders ORDER BY id")).toEqual([
      { id: 1, note: "gift" },
      { id: 2, note: null },
      { id: 3, note: null },
      { id: 4, note: "rush" },
      { id: 5, note: null },
    ]);
    expect(await shop.query("SELECT name FROM customers WHERE id = 1")).toEqual([{ name: "Ada" }]);
    expect(recorded.lines.map(({ line }) => line)).toContainEqual(`Safety dump from this run: ${safety} (taken ${JSON.parse(await readFile(`${safety}.counts.json`, "utf8")).takenAt})`);
    expectNoSecret(shop, recorded, result);
  });

  it("rolls a restore that fails midway back whole, thanks to the single transaction", async () => {
    const shop = await createShop();
    const { file } = await safetyDump(shop);
    // A view the dump does not know keeps `DROP TABLE orders` from succeeding, after the foreign key was already dropped.
    await shop.query("DELETE FROM orders WHERE id > 3; CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 20");
    const recorded = recordedContext(SECRET, shop.url);
    const failure = await rejectionOf(postgresExecutor.execute(params({ operation: "restore", dumpFile: file, requireSafetyDump: false }), recorded.context));

    expect(failure.message).toMatch(/^Restoring shop_[0-9a-f]+ failed \(pg_restore exited with 1\): .*cannot drop table public\.orders because other objects depend on it/);
    expect(await shop.query("SELECT count(*)::int AS n FROM orders")).toEqual([{ n: 3 }]);
    expect(await shop.query("SELECT conname FROM pg_constraint WHERE contype = 'f'")).toEqual([{ conname: "orders_customer_id_fkey" }]);
    expectNoSecret(shop, recorded);
  });

  it("runs a migration-down argv in its directory with DATABASE_URL, streaming its lines with the URL scrubbed", async () => {
    const shop = await createShop();
    const pgModule = createRequire(import.meta.url).resolve("pg");
    const script = `
      const { Client } = require(${JSON.stringify(pgModule)});
      console.log("migrating down " + process.env.DATABASE_URL);
      console.log("rewind variables seen: " + Object.keys(process.env).filter((name) => /^(NEXTAUTH|REWIND)/.test(name)).length);
      console.error("dropping orders.note");
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      client.connect()
        .then(() => client.query("ALTER TABLE orders DROP COLUMN note"))
        .then(() => client.end())
        .then(() => console.log("done in " + process.cwd()));`;
    const recorded = recordedContext(SECRET, shop.url);
    const result = await postgresExecutor.execute(params({ operation: "migration_down", command: [process.execPath, "-e", script], workingDirectory: shop.dir }), recorded.context);

    expect(recorded.lines).toEqual(
      expect.arrayContaining([
        { line: "migrating down [redacted]", level: "info" },
        { line: "rewind variables seen: 0", level: "info" },
        { line: `${path.basename(process.execPath)}: dropping orders.note`, level: "warn" },
        { line: `done in ${shop.dir}`, level: "info" },
      ]),
    );
    expect(await shop.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position")).toEqual([
      { column_name: "id" },
      { column_name: "customer_id" },
      { column_name: "total" },
    ]);
    expect(result.details).toMatchObject({ exitCode: 0, workingDirectory: shop.dir });
    expectNoSecret(shop, recorded, result);

    const failing = recordedContext(SECRET, shop.url);
    const failure = await rejectionOf(
      postgresExecutor.execute(params({ operation: "migration_down", command: [process.execPath, "-e", "console.error('no down migration'); process.exit(3)"], workingDirectory: shop.dir }), failing.context),
    );
    expect(failure.message).toBe(`The migration-down command failed (${path.basename(process.execPath)} exited with 3): no down migration`);
  });

  it("kills a running pg_dump when the step is cancelled, and leaves no dump behind", async () => {
    const shop = await createShop();
    // A lock the dump must wait for keeps pg_dump running until we cancel.
    const blocker = new pg.Client({ connectionString: cluster.superuserUrl(shop.database) });
    await blocker.connect();
    try {
      await blocker.query("BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE");
      const controller = new AbortController();
      const recorded = recordedContext(SECRET, shop.url, { idempotencyKey: "run-c:0", signal: controller.signal });
      const running = postgresExecutor.execute(params({ operation: "safety_dump", directory: shop.dir }), recorded.context);
      const pid = Number(/\(pid (\d+)\)/.exec(await recorded.waitForLine(/^pg_dump started \(pid \d+\)$/))?.[1]);
      await pollUntil("pg_dump to wait for the lock", async () => {
        // Asked outside the blocker's transaction, which sees pg_stat_activity as of its start.
        const waiting = await asSuperuser(shop.database, (client) => client.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'pg_dump' AND wait_event_type = 'Lock'"));
        return waiting.rows.length > 0 ? true : undefined;
      });

      controller.abort();
      const failure = await rejectionOf(running);

      expect(failure.message).toBe("Stopped: the step was cancelled.");
      expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: "ESRCH" }));
      expect(await readdir(shop.dir)).toEqual([]);
      expectNoSecret(shop, recorded);
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
  });

  it("previews with a dry run that connects and reads, changing nothing", async () => {
    const shop = await createShop();
    const { file } = await safetyDump(shop);
    const before = await readdir(shop.dir);
    const env = { ...recordedContext(SECRET, shop.url).context, signal: new AbortController().signal };

    const dump = await postgresExecutor.preview(params({ operation: "safety_dump", directory: shop.dir }), env);
    expect(dump.description).toBe(`Take a safety dump of the database in secret "${SECRET}" into ${shop.dir}`);
    expect(dump.dryRun).toEqual({
      supported: true,
      ok: true,
      lines: [
        expect.stringMatching(new RegExp(`^ok: The server answers: PostgreSQL 15\\.\\d+ .*database ${shop.database}$`)),
        expect.stringMatching(/^ok: .*pg_dump \(version 15\) can dump this server$/),
        `ok: The dump directory ${shop.dir} is writable`,
      ],
    });

    const validate = await postgresExecutor.preview(params({ operation: "validate_backup", dumpFile: file }), env);
    expect(validate.dryRun).toMatchObject({ ok: true, lines: expect.arrayContaining([expect.stringMatching(/^ok: pg_restore reads .*: \d+ entries, data for 2 tables$/), "ok: The database user may create the scratch database for the restore test"]) });

    const garbage = path.join(workDir, "garbage.dump");
    await writeFile(garbage, "garbage");
    const restore = await postgresExecutor.preview(params({ operation: "restore", dumpFile: garbage }), env);
    expect(restore.dryRun).toMatchObject({ ok: false, lines: expect.arrayContaining([expect.stringMatching(/^FAILED: pg_restore cannot read .*garbage\.dump: .*valid archive/)]) });
    const missing = await postgresExecutor.preview(params({ operation: "restore", dumpFile: "/nonexistent/x.dump" }), env);
    expect(missing.dryRun).toMatchObject({ ok: false, lines: expect.arrayContaining(["FAILED: The dump file /nonexistent/x.dump does not exist"]) });

    const migration = await postgresExecutor.preview(params({ operation: "migration_down", command: ["no-such-migrate-tool", "down"], workingDirectory: shop.dir }), env);
    expect(migration.dryRun).toMatchObject({ ok: false, lines: expect.arrayContaining(["FAILED: The command no-such-migrate-tool is not found on PATH"]) });

    expect(await readdir(shop.dir)).toEqual(before);
    expect(await scratchDatabases()).toEqual([]);
    expect(JSON.stringify([dump, validate, restore, migration])).not.toContain(PASSWORD);
  });

  it("reports an unreachable server in the dry run instead of throwing", async () => {
    const shop = await createShop();
    const closed = { ...shop, url: shop.url.replace(`:${cluster.port}/`, ":1/") };
    const env = { ...recordedContext(SECRET, closed.url).context, signal: new AbortController().signal };
    const preview = await postgresExecutor.preview(params({ operation: "safety_dump", directory: shop.dir }), env);
    expect(preview.dryRun).toMatchObject({ ok: false, lines: expect.arrayContaining([expect.stringMatching(new RegExp(`^FAILED: Cannot reach database ${shop.database}: .*ECONNREFUSED`))]) });
  });

  it("captures the server version and the row counts of the public schema", async () => {
    const shop = await createShop();
    const captured = await postgresExecutor.capture!(params({ operation: "restore", dumpFile: "/b/x.dump" }), { ...recordedContext(SECRET, shop.url).context, signal: new AbortController().signal });
    expect(captured).toEqual({
      label: `PostgreSQL database ${shop.database}`,
      data: { database: shop.database, serverVersion: expect.stringMatching(/^15\./), capturedAt: expect.any(String), rowCounts: { customers: 3, orders: 5 } },
    });
    expect(existsSync("/b/x.dump")).toBe(false);
  });

  it("is resumable for dumps and validations only", () => {
    const resumable = (input: Record<string, unknown>) => postgresExecutor.resumable(params(input));
    expect(resumable({ operation: "safety_dump", directory: "/b" })).toBe(true);
    expect(resumable({ operation: "validate_backup", dumpFile: "/b/x.dump" })).toBe(true);
    expect(resumable({ operation: "restore", dumpFile: "/b/x.dump" })).toBe(false);
    expect(resumable({ operation: "migration_down", command: ["true"], workingDirectory: "/" })).toBe(false);
  });
});
