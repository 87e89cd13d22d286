import { describe, expect, it } from "vitest";
import { describePostgresParams, postgresParamsSchema, restoresWithoutSafetyDump, rowCountMismatches, type PostgresParams } from "./postgres";

const database = { secret: "shop-db-url" };

describe("postgresParamsSchema", () => {
  it("accepts each operation, defaulting a restore to require a safety dump", () => {
    expect(postgresParamsSchema.parse({ operation: "safety_dump", database, directory: "/var/backups/shop" })).toEqual({ operation: "safety_dump", database, directory: "/var/backups/shop" });
    expect(postgresParamsSchema.parse({ operation: "validate_backup", database, dumpFile: "/b/shop.dump", expectedRowCounts: { orders: 3 } })).toMatchObject({ expectedRowCounts: { orders: 3 } });
    expect(postgresParamsSchema.parse({ operation: "restore", database, dumpFile: "/b/shop.dump" })).toEqual({ operation: "restore", database, dumpFile: "/b/shop.dump", requireSafetyDump: true });
    expect(postgresParamsSchema.parse({ operation: "migration_down", database, command: ["npx", "prisma", "migrate", "down"], workingDirectory: "/srv/shop" })).toMatchObject({
      command: ["npx", "prisma", "migrate", "down"],
    });
  });

  it("rejects an unknown key, naming it", () => {
    const result = postgresParamsSchema.safeParse({ operation: "restore", database, dumpFile: "/b/shop.dump", dropFirst: true });
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["dropFirst"], path: [] })]);
    const inSecret = postgresParamsSchema.safeParse({ operation: "safety_dump", database: { secret: "shop-db-url", value: "postgres://…" }, directory: "/b" });
    expect(inSecret.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["value"], path: ["database"] })]);
  });

  it("refuses an inline URL, relative paths, an empty argv, a shell string and an unknown operation", () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ operation: "safety_dump", database: "postgres://u:p@h/db", directory: "/b" }, ["database"]],
      [{ operation: "safety_dump", database, directory: "backups" }, ["directory"]],
      [{ operation: "restore", database, dumpFile: "shop.dump" }, ["dumpFile"]],
      [{ operation: "migration_down", database, command: [], workingDirectory: "/srv" }, ["command"]],
      [{ operation: "migration_down", database, command: "npm run migrate:down", workingDirectory: "/srv" }, ["command"]],
      [{ operation: "validate_backup", database, dumpFile: "/b/x.dump", expectedRowCounts: { orders: -1 } }, ["expectedRowCounts", "orders"]],
      [{ operation: "drop_database", database }, ["operation"]],
    ];
    for (const [params, path] of cases) {
      expect(postgresParamsSchema.safeParse(params).error?.issues[0]?.path, JSON.stringify(params)).toEqual(path);
    }
  });
});

describe("describePostgresParams", () => {
  it("says in one sentence what each operation does, naming the secret, never a URL", () => {
    const sentence = (params: unknown) => describePostgresParams(postgresParamsSchema.parse(params));
    expect(sentence({ operation: "safety_dump", database, directory: "/var/backups" })).toBe('Take a safety dump of the database in secret "shop-db-url" into /var/backups');
    expect(sentence({ operation: "validate_backup", database, dumpFile: "/b/n.dump" })).toBe(
      'Check that /b/n.dump restores into a scratch database with the expected row counts of the database in secret "shop-db-url"',
    );
    expect(sentence({ operation: "restore", database, dumpFile: "/b/n.dump" })).toBe('Restore the database in secret "shop-db-url" from /b/n.dump, replacing its current contents (only after a safety dump)');
    expect(sentence({ operation: "restore", database, dumpFile: "/b/n.dump", requireSafetyDump: false })).toBe('Restore the database in secret "shop-db-url" from /b/n.dump, replacing its current contents');
    expect(sentence({ operation: "migration_down", database, command: ["npm", "run", "down"], workingDirectory: "/srv/shop" })).toBe(
      'Run the migration-down command npm run down in /srv/shop against the database in secret "shop-db-url"',
    );
  });
});

describe("restoresWithoutSafetyDump", () => {
  const dump = (directory: string, secret = "shop-db-url"): PostgresParams => ({ operation: "safety_dump", database: { secret }, directory });
  const restore = (dumpFile: string, extra: Partial<Extract<PostgresParams, { operation: "restore" }>> = {}): PostgresParams => ({
    operation: "restore",
    database,
    dumpFile,
    requireSafetyDump: true,
    ...extra,
  });

  it("accepts a restore preceded by a safety dump of the same database into the directory it looks in", () => {
    expect(restoresWithoutSafetyDump([dump("/b/"), restore("/b/nightly.dump")])).toEqual([]);
    expect(restoresWithoutSafetyDump([dump("/safety"), restore("/b/nightly.dump", { safetyDumpDirectory: "/safety" })])).toEqual([]);
    expect(restoresWithoutSafetyDump([restore("/b/nightly.dump", { requireSafetyDump: false })])).toEqual([]);
  });

  it("names the restores whose safety dump is missing, later, of another database or elsewhere", () => {
    expect(restoresWithoutSafetyDump([restore("/b/nightly.dump")])).toEqual([0]);
    expect(restoresWithoutSafetyDump([restore("/b/nightly.dump"), dump("/b")])).toEqual([0]);
    expect(restoresWithoutSafetyDump([dump("/b", "billing-db-url"), restore("/b/nightly.dump")])).toEqual([1]);
    expect(restoresWithoutSafetyDump([dump("/safety"), restore("/b/nightly.dump")])).toEqual([1]);
  });
});

describe("rowCountMismatches", () => {
  it("finds nothing when the counts agree", () => {
    expect(rowCountMismatches({ orders: 3, customers: 2 }, { customers: 2, orders: 3 }, { onlyExpected: false })).toEqual([]);
  });

  it("names each differing, missing and unexpected table", () => {
    expect(rowCountMismatches({ orders: 3, customers: 2, refunds: 1 }, { orders: 2, customers: 2, audit: 5 }, { onlyExpected: false })).toEqual([
      "audit: 5 rows restored, not expected",
      "orders: expected 3, restored 2",
      "refunds: expected 1, missing from the restore",
    ]);
  });

  it("compares only the listed tables when asked", () => {
    expect(rowCountMismatches({ orders: 3 }, { orders: 3, audit: 5 }, { onlyExpected: true })).toEqual([]);
    expect(rowCountMismatches({ orders: 4 }, { orders: 3, audit: 5 }, { onlyExpected: true })).toEqual(["orders: expected 4, restored 3"]);
  });
});
