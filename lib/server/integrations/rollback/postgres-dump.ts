import "server-only";
import { createHash } from "node:crypto";
import { readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PostgresParams, TableRowCounts } from "@/lib/domain/rollback/actions/postgres";
import { ActionFailure, type ActionContext, type ActionResult } from "./action-executor";
import { abortFailure, describeError, plural, publicRowCounts, serverVersion, withClient, type PostgresTarget } from "./postgres-connection";
import { postgresProgram, runToolOrFail } from "./postgres-tools";

/** What `<dump>.counts.json` holds: the state of the database at the dump's snapshot. */
export type DumpManifest = { database: string; takenAt: string; serverVersion: string; rowCounts: TableRowCounts };

/**
 * Safety dumps are named `<db>-<UTC timestamp>-<run tag>-<step tag>.dump`.
 * The tags come from the step's idempotency key (`runId:position`): the step
 * tag lets a resumed step find the dump it already took, the run tag lets a
 * restore later in the run find it.
 */
export function dumpTags(idempotencyKey: string): { run: string; step: string } {
  const cut = idempotencyKey.lastIndexOf(":");
  const runPart = cut > 0 ? idempotencyKey.slice(0, cut) : idempotencyKey;
  return { run: sha256(runPart).slice(0, 10), step: sha256(idempotencyKey).slice(0, 8) };
}

export function dumpFileName(database: string, takenAt: Date, idempotencyKey: string): string {
  const tags = dumpTags(idempotencyKey);
  const stamp = takenAt.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${safeName(database)}-${stamp}-${tags.run}-${tags.step}.dump`;
}

export function manifestPath(dumpFile: string): string {
  return `${dumpFile}.counts.json`;
}

export async function readManifest(dumpFile: string): Promise<DumpManifest | null> {
  try {
    return JSON.parse(await readFile(manifestPath(dumpFile), "utf8")) as DumpManifest;
  } catch {
    return null;
  }
}

/** A finished safety dump of `database` in `directory` whose tags match, newest first. */
export async function findSafetyDump(directory: string, database: string, match: { run: string; step?: string }): Promise<{ file: string; manifest: DumpManifest } | null> {
  const pattern = new RegExp(`^${escapeRegExp(safeName(database))}-\\d{8}T\\d{6}Z-${match.run}-${match.step ?? "[0-9a-f]{8}"}\\.dump$`);
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names.filter((entry) => pattern.test(entry)).sort().reverse()) {
    const file = path.join(directory, name);
    const manifest = await readManifest(file);
    if (manifest) return { file, manifest };
  }
  return null;
}

export async function takeSafetyDump(params: Extract<PostgresParams, { operation: "safety_dump" }>, context: ActionContext, target: PostgresTarget): Promise<ActionResult> {
  const directory = params.directory;
  const isDirectory = await stat(directory).then((entry) => entry.isDirectory(), () => false);
  if (!isDirectory) throw new ActionFailure(`The dump directory ${directory} does not exist.`);

  const tags = dumpTags(context.idempotencyKey);
  const earlier = await findSafetyDump(directory, target.database, tags);
  if (earlier) {
    context.log(`This step already took its safety dump: ${earlier.file}; keeping it.`);
    return dumpResult(earlier.file, earlier.manifest, { bytes: (await stat(earlier.file)).size, durationMs: 0, reused: true });
  }

  await removeStalePartials(directory, tags);
  const takenAt = new Date();
  const file = path.join(directory, dumpFileName(target.database, takenAt, context.idempotencyKey));
  const partial = `${file}.partial`;
  const log = (line: string, level: "info" | "warn" | "error" = "info") => context.log(target.scrub(line), level);
  log(`Dumping database ${target.database} to ${file}`);
  const started = performance.now();
  // Either half failing (or a cancel) stops the other: pg_dump is killed, the counting connection closed.
  const halves = new AbortController();
  const forwardAbort = () => halves.abort(context.signal.reason);
  context.signal.addEventListener("abort", forwardAbort, { once: true });
  const failFast = <T>(work: Promise<T>, what: string) =>
    work.catch((error: unknown) => {
      const failure = error instanceof ActionFailure ? error : new ActionFailure(`${what} failed: ${target.scrub(describeError(error))}`);
      if (!halves.signal.aborted) halves.abort(failure);
      throw failure;
    });
  try {
    const manifest = await withClient(target, halves.signal, async (client) => {
      // One snapshot for the dump and the counts, so the counts describe exactly what the file holds.
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const snapshot = rows[0]?.snapshot;
      if (!snapshot) throw new ActionFailure("The server exported no snapshot for the dump.");
      const version = await serverVersion(client);
      const dump = runToolOrFail(
        {
          executable: postgresProgram("pg_dump"),
          args: ["--format=custom", "--no-password", `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${target.toolDbname}`],
          env: target.toolEnv,
          signal: halves.signal,
          log,
          scrub: target.scrub,
        },
        "The safety dump",
      );
      // Both settle before we go on, so no pg_dump outlives the step.
      const [counted] = await Promise.allSettled([failFast(publicRowCounts(client), "Counting rows"), failFast(dump, "The safety dump")]);
      if (halves.signal.aborted || counted.status === "rejected") throw abortFailure(halves.signal);
      await client.query("COMMIT");
      return { database: target.database, takenAt: takenAt.toISOString(), serverVersion: version, rowCounts: counted.value } satisfies DumpManifest;
    });
    await writeFile(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(partial, file);
    const bytes = (await stat(file)).size;
    const durationMs = Math.round(performance.now() - started);
    log(`Safety dump written: ${formatBytes(bytes)} in ${(durationMs / 1000).toFixed(1)} s, ${plural(Object.keys(manifest.rowCounts).length, "table")} counted`);
    return dumpResult(file, manifest, { bytes, durationMs, reused: false });
  } finally {
    context.signal.removeEventListener("abort", forwardAbort);
    await unlink(partial).catch(() => undefined);
  }
}

/** A crash mid-dump leaves this step's `.partial` file behind; the new attempt starts clean. */
async function removeStalePartials(directory: string, tags: { run: string; step: string }): Promise<void> {
  const suffix = `-${tags.run}-${tags.step}.dump.partial`;
  for (const name of await readdir(directory)) {
    if (name.endsWith(suffix)) await unlink(path.join(directory, name)).catch(() => undefined);
  }
}

function dumpResult(file: string, manifest: DumpManifest, run: { bytes: number; durationMs: number; reused: boolean }): ActionResult {
  return {
    summary: `Safety dump of ${manifest.database} at ${file} (${formatBytes(run.bytes)})`,
    details: { file, ...run, takenAt: manifest.takenAt, serverVersion: manifest.serverVersion, rowCounts: manifest.rowCounts },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

function safeName(database: string): string {
  return database.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 60);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
