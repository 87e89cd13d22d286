import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordedContext } from "@/lib/testing/postgres-action-context";
import { postgresExecutor } from "./postgres";
import { createShop, expectNoSecret, params, rejectionOf, safetyDump, scratchDatabases, SECRET, serveShopCluster } from "@/lib/testing/postgres-shop-fixture";

/** The postgres action against a real Debian PostgreSQL cluster (lib/testing/postgres-shop-fixture.ts). */
serveShopCluster();

describe("the postgres action's dumps, validations and restores against a real Debian PostgreSQL", () => {
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

});
