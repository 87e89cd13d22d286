import "server-only";
import { stat } from "node:fs/promises";
import { safetyDumpDirectoryFor, type PostgresParams } from "@/lib/domain/rollback/actions/postgres";
import { ActionFailure, type ActionContext, type ActionResult } from "./action-executor";
import { plural, publicRowCounts, withClient, type PostgresTarget } from "./postgres-connection";
import { dumpTags, findSafetyDump, formatBytes } from "./postgres-dump";
import { postgresProgram, runToolOrFail } from "./postgres-tools";
import { assertReadableFile } from "./postgres-validate";

/** Replaces the target's contents with the dump's, in one transaction: it lands whole or not at all. */
export async function restoreDatabase(params: Extract<PostgresParams, { operation: "restore" }>, context: ActionContext, target: PostgresTarget): Promise<ActionResult> {
  await assertReadableFile(params.dumpFile);
  const log = (line: string, level: "info" | "warn" | "error" = "info") => context.log(target.scrub(line), level);

  let safetyDump: string | null = null;
  if (params.requireSafetyDump) {
    const directory = safetyDumpDirectoryFor(params);
    const found = await findSafetyDump(directory, target.database, { run: dumpTags(context.idempotencyKey).run });
    if (!found) {
      throw new ActionFailure(
        `No safety dump of ${target.database} from this run in ${directory}. Add a safety dump step before the restore, or turn off "require a safety dump".`,
      );
    }
    safetyDump = found.file;
    log(`Safety dump from this run: ${found.file} (taken ${found.manifest.takenAt})`);
  }

  log(`Restoring ${target.database} from ${params.dumpFile} (${formatBytes((await stat(params.dumpFile)).size)}) in one transaction`);
  const started = performance.now();
  await runToolOrFail(
    {
      executable: postgresProgram("pg_restore"),
      args: ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-password", `--dbname=${target.toolDbname}`, params.dumpFile],
      env: target.toolEnv,
      signal: context.signal,
      log,
      scrub: target.scrub,
    },
    `Restoring ${target.database}`,
  );
  const durationMs = Math.round(performance.now() - started);
  const rowCounts = await withClient(target, context.signal, publicRowCounts);
  log(`Restored ${target.database} in ${(durationMs / 1000).toFixed(1)} s; ${plural(Object.keys(rowCounts).length, "table")} now hold ${plural(Object.values(rowCounts).reduce((sum, count) => sum + count, 0), "row")}`);
  return {
    summary: `Restored ${target.database} from ${params.dumpFile}`,
    details: { dumpFile: params.dumpFile, safetyDump, durationMs, rowCounts },
  };
}

/** Runs the configured migration-down argv in its directory with `DATABASE_URL` set; its output streams into the step's log. */
export async function runMigrationDown(params: Extract<PostgresParams, { operation: "migration_down" }>, context: ActionContext, target: PostgresTarget): Promise<ActionResult> {
  const isDirectory = await stat(params.workingDirectory).then((entry) => entry.isDirectory(), () => false);
  if (!isDirectory) throw new ActionFailure(`The working directory ${params.workingDirectory} does not exist.`);
  const [executable, ...args] = params.command;
  if (!executable) throw new ActionFailure("The migration-down command is empty.");
  const log = (line: string, level: "info" | "warn" | "error" = "info") => context.log(target.scrub(line), level);
  log(`Running ${params.command.join(" ")} in ${params.workingDirectory}`);
  const started = performance.now();
  await runToolOrFail(
    {
      executable,
      args,
      cwd: params.workingDirectory,
      // Only the database URL and a basic environment: none of Rewind's own variables and secrets.
      env: { ...target.toolEnv, DATABASE_URL: target.url },
      signal: context.signal,
      log,
      scrub: target.scrub,
    },
    "The migration-down command",
  );
  const durationMs = Math.round(performance.now() - started);
  log(`Migration-down command finished in ${(durationMs / 1000).toFixed(1)} s`);
  return {
    summary: `Ran ${params.command.join(" ")} against ${target.database}`,
    details: { command: params.command, workingDirectory: params.workingDirectory, exitCode: 0, durationMs },
  };
}
