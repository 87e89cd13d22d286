import "server-only";
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { describePostgresParams, safetyDumpDirectoryFor, type PostgresParams } from "@/lib/domain/rollback/actions/postgres";
import type { ActionEnvironment, ActionPreview } from "./action-executor";
import { describeError, resolvePostgresTarget, serverVersion, withClient, type PostgresTarget } from "./postgres-connection";
import { parseToolMajor, postgresProgram, runTool } from "./postgres-tools";

type Check = { ok: boolean; line: string };

/** The dry run: reads and connects, never writes. Every check reports a line; any failed check fails the dry run. */
export async function previewPostgres(params: PostgresParams, env: ActionEnvironment & { signal: AbortSignal }): Promise<ActionPreview> {
  const checks: Check[] = [];
  let target: PostgresTarget;
  try {
    target = await resolvePostgresTarget(env.secrets, params.database);
  } catch (error) {
    return dryRun(params, [{ ok: false, line: describeError(error) }]);
  }
  const server = await checkServer(target, env.signal);
  checks.push(server.check);

  switch (params.operation) {
    case "safety_dump":
      checks.push(await checkDumpClient(target, server.major, env.signal));
      checks.push(await checkWritableDirectory(params.directory));
      break;
    case "validate_backup":
      checks.push(...(await checkDumpFile(params.dumpFile, target, env.signal)));
      if (server.check.ok) checks.push(await checkCanCreateDatabase(target, env.signal));
      break;
    case "restore":
      checks.push(...(await checkDumpFile(params.dumpFile, target, env.signal)));
      if (params.requireSafetyDump) {
        checks.push({ ok: true, line: `Needs a safety dump of ${target.database} taken earlier in the run into ${safetyDumpDirectoryFor(params)}` });
      }
      break;
    case "migration_down":
      checks.push(await checkDirectory(params.workingDirectory));
      checks.push(await checkExecutable(params.command[0] ?? "", params.workingDirectory));
      checks.push({ ok: true, line: "The migration-down command itself does not run in a dry run" });
      break;
  }
  return dryRun(params, checks.map((check) => ({ ...check, line: target.scrub(check.line) })));
}

function dryRun(params: PostgresParams, checks: Check[]): ActionPreview {
  return {
    description: describePostgresParams(params),
    dryRun: { supported: true, ok: checks.every((check) => check.ok), lines: checks.map((check) => `${check.ok ? "ok" : "FAILED"}: ${check.line}`) },
  };
}

async function checkServer(target: PostgresTarget, signal: AbortSignal): Promise<{ check: Check; major: number | null }> {
  try {
    const version = await withClient(target, signal, serverVersion);
    return { check: { ok: true, line: `The server answers: PostgreSQL ${version}, database ${target.database}` }, major: Number.parseInt(version, 10) };
  } catch (error) {
    return { check: { ok: false, line: `Cannot reach database ${target.database}: ${describeError(error)}` }, major: null };
  }
}

/** pg_dump refuses servers of a newer major version than its own. */
async function checkDumpClient(target: PostgresTarget, serverMajor: number | null, signal: AbortSignal): Promise<Check> {
  const executable = postgresProgram("pg_dump");
  try {
    const outcome = await runTool({ executable, args: ["--version"], env: target.toolEnv, signal, log: () => undefined, scrub: target.scrub, captureStdout: true });
    const major = parseToolMajor(outcome.stdout[0] ?? "");
    if (major === null) return { ok: false, line: `${executable} --version answered ${outcome.stdout[0] ?? "nothing"}` };
    if (serverMajor !== null && serverMajor > major) {
      return { ok: false, line: `${executable} is version ${major} and cannot dump a PostgreSQL ${serverMajor} server; set PG_BIN_DIR to version ${serverMajor} client tools` };
    }
    return { ok: true, line: `${executable} (version ${major}) can dump this server` };
  } catch (error) {
    return { ok: false, line: `pg_dump is not usable: ${describeError(error)}` };
  }
}

async function checkWritableDirectory(directory: string): Promise<Check> {
  const directoryCheck = await checkDirectory(directory);
  if (!directoryCheck.ok) return directoryCheck;
  try {
    await access(directory, constants.W_OK);
    return { ok: true, line: `The dump directory ${directory} is writable` };
  } catch {
    return { ok: false, line: `The dump directory ${directory} is not writable by Rewind` };
  }
}

async function checkDirectory(directory: string): Promise<Check> {
  const isDirectory = await stat(directory).then((entry) => entry.isDirectory(), () => false);
  return isDirectory ? { ok: true, line: `The directory ${directory} exists` } : { ok: false, line: `The directory ${directory} does not exist` };
}

/** The file exists and pg_restore can read its table of contents. */
async function checkDumpFile(dumpFile: string, target: PostgresTarget, signal: AbortSignal): Promise<Check[]> {
  const isFile = await stat(dumpFile).then((entry) => entry.isFile(), () => false);
  if (!isFile) return [{ ok: false, line: `The dump file ${dumpFile} does not exist` }];
  try {
    const outcome = await runTool({
      executable: postgresProgram("pg_restore"),
      args: ["--list", dumpFile],
      env: target.toolEnv,
      signal,
      log: () => undefined,
      scrub: target.scrub,
      captureStdout: true,
    });
    if (outcome.exitCode !== 0) return [{ ok: false, line: `pg_restore cannot read ${dumpFile}: ${outcome.error ?? `exit ${outcome.exitCode}`}` }];
    const entries = outcome.stdout.filter((line) => !line.startsWith(";"));
    const tables = entries.filter((line) => / TABLE DATA /.test(line)).length;
    return [{ ok: true, line: `pg_restore reads ${dumpFile}: ${entries.length} entries, data for ${tables} tables` }];
  } catch (error) {
    return [{ ok: false, line: `pg_restore is not usable: ${describeError(error)}` }];
  }
}

async function checkCanCreateDatabase(target: PostgresTarget, signal: AbortSignal): Promise<Check> {
  try {
    const allowed = await withClient(target, signal, async (client) => {
      const { rows } = await client.query<{ allowed: boolean }>("SELECT rolcreatedb OR rolsuper AS allowed FROM pg_roles WHERE rolname = current_user");
      return rows[0]?.allowed === true;
    });
    return allowed
      ? { ok: true, line: "The database user may create the scratch database for the restore test" }
      : { ok: false, line: "The database user may not create databases (CREATEDB), so the backup cannot be test-restored" };
  } catch (error) {
    return { ok: false, line: `Cannot check the database user's rights: ${describeError(error)}` };
  }
}

async function checkExecutable(executable: string, workingDirectory: string): Promise<Check> {
  const candidates = executable.includes("/")
    ? [path.resolve(workingDirectory, executable)]
    : (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, executable));
  for (const candidate of candidates) {
    const runnable = await access(candidate, constants.X_OK).then(() => true, () => false);
    if (runnable) return { ok: true, line: `The command ${executable} is found at ${candidate}` };
  }
  return { ok: false, line: `The command ${executable} is not found${executable.includes("/") ? "" : " on PATH"}` };
}
