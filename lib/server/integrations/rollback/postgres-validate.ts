import "server-only";
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import { rowCountMismatches, type PostgresParams, type TableRowCounts } from "@/lib/domain/rollback/actions/postgres";
import { ActionFailure, type ActionContext, type ActionResult } from "./action-executor";
import { plural, publicRowCounts, withClient, type PostgresTarget } from "./postgres-connection";
import { readManifest } from "./postgres-dump";
import { postgresProgram, runToolOrFail } from "./postgres-tools";

const CLEANUP_TIMEOUT_MS = 30_000;

type Expectation = { rowCounts: TableRowCounts; source: string; onlyListed: boolean };

/**
 * Restores the dump into a scratch database on the same server, compares its
 * row counts with what the dump should hold, and drops the scratch database
 * whatever happened.
 */
export async function validateBackup(params: Extract<PostgresParams, { operation: "validate_backup" }>, context: ActionContext, target: PostgresTarget): Promise<ActionResult> {
  await assertReadableFile(params.dumpFile);
  const log = (line: string, level: "info" | "warn" | "error" = "info") => context.log(target.scrub(line), level);
  const expectation = await expectedCounts(params, context.signal, target);
  log(`Comparing with ${expectation.source} (${plural(Object.keys(expectation.rowCounts).length, "table")})`);

  const scratchName = `rewind_validate_${randomBytes(6).toString("hex")}`;
  const scratch = target.withDatabase(scratchName);
  let restored: TableRowCounts;
  try {
    // Inside the try: a cancel during CREATE DATABASE may still leave the database behind.
    await withClient(target, context.signal, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(scratchName)}`));
    log(`Created scratch database ${scratchName}`);
    log(`Restoring ${params.dumpFile} into ${scratchName}`);
    const started = performance.now();
    await runToolOrFail(
      {
        executable: postgresProgram("pg_restore"),
        args: ["--exit-on-error", "--no-password", `--dbname=${scratch.toolDbname}`, params.dumpFile],
        env: scratch.toolEnv,
        signal: context.signal,
        log,
        scrub: scratch.scrub,
      },
      "Restoring the backup into the scratch database",
    );
    log(`Restored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    restored = await withClient(scratch, context.signal, publicRowCounts);
  } finally {
    await dropScratch(target, scratchName, log);
  }

  const mismatches = rowCountMismatches(expectation.rowCounts, restored, { onlyExpected: expectation.onlyListed });
  if (mismatches.length > 0) {
    for (const mismatch of mismatches) log(mismatch, "error");
    throw new ActionFailure(`The backup ${params.dumpFile} does not hold the expected rows: ${mismatches.join("; ")}`);
  }
  const tables = Object.keys(restored).length;
  log(`Row counts match for ${plural(tables, "table")}`);
  return {
    summary: `Backup ${params.dumpFile} restores with the expected row counts (${plural(tables, "table")})`,
    details: { dumpFile: params.dumpFile, scratchDatabase: scratchName, comparedWith: expectation.source, rowCounts: restored },
  };
}

async function expectedCounts(params: Extract<PostgresParams, { operation: "validate_backup" }>, signal: AbortSignal, target: PostgresTarget): Promise<Expectation> {
  if (params.expectedRowCounts) return { rowCounts: params.expectedRowCounts, source: "the row counts given in the step", onlyListed: true };
  const manifest = await readManifest(params.dumpFile);
  if (manifest) return { rowCounts: manifest.rowCounts, source: `the row counts recorded when the dump was taken (${manifest.takenAt})`, onlyListed: false };
  const live = await withClient(target, signal, publicRowCounts);
  return { rowCounts: live, source: `the live database ${target.database}`, onlyListed: false };
}

/** Runs on success, failure and cancel alike, so it gets its own deadline rather than the step's signal. */
async function dropScratch(target: PostgresTarget, name: string, log: (line: string, level?: "info" | "warn" | "error") => void): Promise<void> {
  try {
    await withClient(target, AbortSignal.timeout(CLEANUP_TIMEOUT_MS), (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    log(`Dropped scratch database ${name}`);
  } catch (error) {
    log(`Could not drop scratch database ${name}; drop it by hand: ${error instanceof Error ? error.message : String(error)}`, "error");
  }
}

export async function assertReadableFile(file: string): Promise<void> {
  const isFile = await stat(file).then((entry) => entry.isFile(), () => false);
  if (!isFile) throw new ActionFailure(`The dump file ${file} does not exist.`);
}
