import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { pollUntil } from "@/lib/testing/poll-until";
import { recordedContext } from "@/lib/testing/postgres-action-context";
import { postgresExecutor } from "./postgres";
import { asSuperuser, createShop, expectNoSecret, params, PASSWORD, rejectionOf, safetyDump, scratchDatabases, SECRET, serveShopCluster, shopCluster, scratchDirectory } from "@/lib/testing/postgres-shop-fixture";

/** The postgres action against a real Debian PostgreSQL cluster (lib/testing/postgres-shop-fixture.ts). */
serveShopCluster();

describe("the postgres action's migrations, cancellation, previews and captures against a real Debian PostgreSQL", () => {
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
    const blocker = new pg.Client({ connectionString: shopCluster().superuserUrl(shop.database) });
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

    const garbage = path.join(scratchDirectory(), "garbage.dump");
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
    const closed = { ...shop, url: shop.url.replace(`:${shopCluster().port}/`, ":1/") };
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
