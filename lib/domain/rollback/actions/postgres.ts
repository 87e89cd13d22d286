import { z } from "zod";
import { secretRefSchema } from "@/lib/domain/rollback/secret-ref";

const absolutePath = z
  .string()
  .min(1, "is required")
  .max(1_000)
  .refine((value) => value.startsWith("/"), "must be an absolute path")
  .refine((value) => !value.includes("\0"), "must not contain NUL");

const tableRowCounts = z.record(z.string().min(1).max(200), z.number().int().min(0));

/** The target database: a secret holding a `postgres://` URL, never the URL itself. */
const database = secretRefSchema;

const safetyDumpSchema = z.strictObject({
  operation: z.literal("safety_dump"),
  database,
  /** Where `<db>-<timestamp>-<run>-<step>.dump` is written (with its `.counts.json` next to it). */
  directory: absolutePath,
});

const validateBackupSchema = z.strictObject({
  operation: z.literal("validate_backup"),
  database,
  dumpFile: absolutePath,
  /**
   * Row counts to expect, per table of the public schema; only the tables
   * listed are compared. Without it, every table is compared with the counts
   * recorded when the dump was taken (safety dumps), else with the live database.
   */
  expectedRowCounts: tableRowCounts.optional(),
});

const restoreSchema = z.strictObject({
  operation: z.literal("restore"),
  database,
  dumpFile: absolutePath,
  /** Refuse to restore unless a safety dump of this database was taken earlier in the same run. */
  requireSafetyDump: z.boolean().default(true),
  /** Where that safety dump was written; the dump file's own directory by default. */
  safetyDumpDirectory: absolutePath.optional(),
});

const migrationDownSchema = z.strictObject({
  operation: z.literal("migration_down"),
  database,
  /** argv[0] is the executable; never run through a shell. `DATABASE_URL` is set from the database secret. */
  command: z.array(z.string().min(1, "must not be empty").max(4_000)).min(1, "needs at least the executable").max(100),
  workingDirectory: absolutePath,
});

export const postgresParamsSchema = z.discriminatedUnion("operation", [safetyDumpSchema, validateBackupSchema, restoreSchema, migrationDownSchema]);
export type PostgresParams = z.infer<typeof postgresParamsSchema>;
export type PostgresOperation = PostgresParams["operation"];
export type TableRowCounts = z.infer<typeof tableRowCounts>;

export function describePostgresParams(params: PostgresParams): string {
  const target = `the database in secret "${params.database.secret}"`;
  switch (params.operation) {
    case "safety_dump":
      return `Take a safety dump of ${target} into ${params.directory}`;
    case "validate_backup":
      return `Check that ${params.dumpFile} restores into a scratch database with the expected row counts of ${target}`;
    case "restore":
      return `Restore ${target} from ${params.dumpFile}, replacing its current contents${params.requireSafetyDump ? " (only after a safety dump)" : ""}`;
    case "migration_down":
      return `Run the migration-down command ${params.command.join(" ")} in ${params.workingDirectory} against ${target}`;
  }
}

/** The directory a restore looks in for the safety dump its run took. */
export function safetyDumpDirectoryFor(restore: Extract<PostgresParams, { operation: "restore" }>): string {
  if (restore.safetyDumpDirectory) return restore.safetyDumpDirectory;
  const slash = restore.dumpFile.lastIndexOf("/");
  return slash <= 0 ? "/" : restore.dumpFile.slice(0, slash);
}

/**
 * For a plan's postgres steps in order: the positions (in `steps`) of the
 * restores that require a safety dump but are not preceded by a safety_dump
 * of the same database into the directory the restore will look in. A plan
 * editor can refuse these before the restore refuses at run time.
 */
export function restoresWithoutSafetyDump(steps: readonly PostgresParams[]): number[] {
  const missing: number[] = [];
  steps.forEach((step, index) => {
    if (step.operation !== "restore" || !step.requireSafetyDump) return;
    const directory = trimSlash(safetyDumpDirectoryFor(step));
    const covered = steps
      .slice(0, index)
      .some((earlier) => earlier.operation === "safety_dump" && earlier.database.secret === step.database.secret && trimSlash(earlier.directory) === directory);
    if (!covered) missing.push(index);
  });
  return missing;
}

function trimSlash(directory: string): string {
  return directory.length > 1 ? directory.replace(/\/+$/, "") : directory;
}

/**
 * The tables whose restored row count differs from the expected one, as
 * "orders: expected 3, restored 2". With `onlyExpected`, tables absent from
 * `expected` are not compared (an admin listed the ones that matter);
 * otherwise a table on one side only is a mismatch too.
 */
export function rowCountMismatches(expected: TableRowCounts, restored: TableRowCounts, options: { onlyExpected: boolean }): string[] {
  const tables = new Set(Object.keys(expected));
  if (!options.onlyExpected) for (const table of Object.keys(restored)) tables.add(table);
  return [...tables].sort().flatMap((table) => {
    const want = expected[table];
    const got = restored[table];
    if (want === got) return [];
    if (got === undefined) return [`${table}: expected ${want}, missing from the restore`];
    if (want === undefined) return [`${table}: ${got} rows restored, not expected`];
    return [`${table}: expected ${want}, restored ${got}`];
  });
}
