import "server-only";
import type { GitParams } from "@/lib/domain/rollback/actions/git";
import { ActionFailure } from "./action-executor";
import { git, gitLine } from "./git-cli";
import { changedFiles, isAncestor, resolveCommit, resolveTag, restoreHead } from "./git-repository";

export type OperationContext = {
  repository: string;
  idempotencyKey: string;
  /** Where this attempt started; restored when the operation fails halfway. */
  startHead: string;
  signal: AbortSignal;
  /** Author and committer when the repository has none. */
  env: Record<string, string>;
  log(line: string): void;
};

export type RevertRecord = { reverted: string; subject: string; commit: string | null; note: "reverted" | "already reverted by this step" | "nothing to revert" };

export type OperationOutcome = { head: string; changedFiles: string[]; reverts?: RevertRecord[]; target?: string };

const RESTORE_TIMEOUT_MS = 30_000;
const STEP_TRAILER = "Rewind-Step";
const REVERTS_TRAILER = "Rewind-Reverts";

/** The step's key as a tag-name part: letters, digits, '-' and '_' only. */
export function backupTagPrefix(idempotencyKey: string): string {
  const slug = idempotencyKey.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return `rewind-backup/${slug || "step"}-`;
}

/** "2025-03-01T14:02:09.123Z" → "20250301T140209Z". */
function tagTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The step's backup tag: the one an earlier attempt of this step created
 * (it marks the HEAD before any of the step's changes), or a new one at HEAD.
 */
export async function ensureBackupTag(context: OperationContext, operation: string): Promise<{ name: string; commit: string; reused: boolean }> {
  const prefix = backupTagPrefix(context.idempotencyKey);
  const options = { signal: context.signal };
  const existing = await git(context.repository, ["for-each-ref", "--sort=refname", "--format=%(refname:strip=2)", `refs/tags/${prefix}*`], options);
  const earliest = existing.stdout.find(Boolean);
  if (earliest) return { name: earliest, commit: await resolveCommit(context.repository, `refs/tags/${earliest}`, options), reused: true };
  const name = `${prefix}${tagTimestamp(new Date())}`;
  const message = `Rewind backup of HEAD before ${operation} (step ${context.idempotencyKey})`;
  await git(context.repository, ["tag", "--annotate", "--message", message, name, context.startHead], { ...options, env: context.env });
  return { name, commit: context.startHead, reused: false };
}

/** Commits this step already reverted (a crash or a retry came between), by the trailers it writes. */
async function revertedByThisStep(context: OperationContext): Promise<Map<string, string>> {
  const format = `%H%x1f%(trailers:key=${STEP_TRAILER},valueonly,separator=%x1d)%x1f%(trailers:key=${REVERTS_TRAILER},valueonly,separator=%x1d)%x1e`;
  const grep = `${STEP_TRAILER}: ${context.idempotencyKey}`;
  const result = await git(context.repository, ["log", "--fixed-strings", `--grep=${grep}`, `--format=${format}`, "HEAD"], { signal: context.signal });
  const reverted = new Map<string, string>();
  for (const record of result.stdout.join("\n").split("\x1e")) {
    const [commit, steps, reverts] = record.trim().split("\x1f");
    if (!commit || !steps?.split("\x1d").includes(context.idempotencyKey)) continue;
    for (const sha of reverts?.split("\x1d") ?? []) if (sha) reverted.set(sha.trim(), commit);
  }
  return reverted;
}

/** Newest first, as a person reverts: the fewer commits on top of one, the newer it is. */
async function newestFirst(context: OperationContext, commits: string[]): Promise<string[]> {
  const ranked = await Promise.all(
    commits.map(async (commit) => ({ commit, after: Number(await gitLine(context.repository, ["rev-list", "--count", `${commit}..HEAD`], { signal: context.signal })) })),
  );
  return ranked.sort((a, b) => a.after - b.after).map((entry) => entry.commit);
}

async function conflictFailure(context: OperationContext, sha: string, subject: string, gitMessage: string): Promise<ActionFailure> {
  const conflicted = await git(context.repository, ["diff", "--name-only", "--diff-filter=U"], { signal: context.signal });
  const files = conflicted.stdout.filter(Boolean);
  const reason = files.length > 0 ? `it conflicts with later changes in ${files.slice(0, 10).join(", ")}` : gitMessage;
  return new ActionFailure(`Could not revert ${sha.slice(0, 12)} "${subject}": ${reason}`);
}

async function revertOne(context: OperationContext, sha: string): Promise<RevertRecord> {
  const options = { signal: context.signal, env: context.env };
  const subject = await gitLine(context.repository, ["log", "-1", "--format=%s", sha], options);
  const attempt = await git(context.repository, ["revert", "--no-commit", sha], { ...options, allowExitCodes: [1, 128] });
  if (attempt.exitCode !== 0) {
    const failure = await conflictFailure(context, sha, subject, attempt.stderr.find((line) => line.startsWith("error:") || line.startsWith("fatal:")) ?? "git refused");
    throw failure;
  }
  const staged = await git(context.repository, ["diff", "--cached", "--quiet"], { ...options, allowExitCodes: [1] });
  if (staged.exitCode === 0) {
    context.log(`${sha.slice(0, 12)} "${subject}" is already undone on this branch; nothing to revert`);
    await restoreHead(context.repository, "HEAD", options);
    return { reverted: sha, subject, commit: null, note: "nothing to revert" };
  }
  // The trailers let a retry of this step see what it already did.
  const message = `Revert "${subject}"\n\nThis reverts commit ${sha}.\n\n${STEP_TRAILER}: ${context.idempotencyKey}\n${REVERTS_TRAILER}: ${sha}\n`;
  await git(context.repository, ["commit", "--quiet", "--cleanup=verbatim", "--file=-"], { ...options, stdin: message });
  const commit = await gitLine(context.repository, ["rev-parse", "HEAD"], options);
  context.log(`Reverted ${sha.slice(0, 12)} "${subject}" as ${commit.slice(0, 12)}`);
  return { reverted: sha, subject, commit, note: "reverted" };
}

async function revertCommits(context: OperationContext, revisions: string[]): Promise<OperationOutcome> {
  const options = { signal: context.signal };
  const shas = [...new Set(await Promise.all(revisions.map((revision) => resolveCommit(context.repository, revision, options))))];
  for (const sha of shas) {
    if (!(await isAncestor(context.repository, sha, "HEAD", options))) throw new ActionFailure(`${sha.slice(0, 12)} is not in the history of the checked-out branch`);
  }
  const done = await revertedByThisStep(context);
  const reverts: RevertRecord[] = [];
  for (const sha of await newestFirst(context, shas)) {
    if (context.signal.aborted) throw new ActionFailure("The step was cancelled or ran out of time between two reverts");
    const earlier = done.get(sha);
    if (earlier) {
      context.log(`${sha.slice(0, 12)} was already reverted by this step as ${earlier.slice(0, 12)}; skipped`);
      reverts.push({ reverted: sha, subject: await gitLine(context.repository, ["log", "-1", "--format=%s", sha], options), commit: earlier, note: "already reverted by this step" });
      continue;
    }
    reverts.push(await revertOne(context, sha));
  }
  const head = await gitLine(context.repository, ["rev-parse", "HEAD"], options);
  return { head, reverts, changedFiles: await changedFiles(context.repository, context.startHead, head, options) };
}

async function resetToTag(context: OperationContext, tag: string): Promise<OperationOutcome> {
  const options = { signal: context.signal };
  const target = await resolveTag(context.repository, tag, options);
  if (target === context.startHead) context.log(`HEAD is already at ${tag} (${target.slice(0, 12)})`);
  else {
    await git(context.repository, ["reset", "--quiet", "--hard", target], options);
    context.log(`Reset to ${tag} (${target.slice(0, 12)})`);
  }
  return { head: target, target, changedFiles: await changedFiles(context.repository, context.startHead, target, options) };
}

/**
 * Applies the operation to the clone at `context.repository` (the real one, or
 * a preview's scratch clone). On failure the clone goes back to `startHead`.
 */
export async function applyGitOperation(params: GitParams, context: OperationContext): Promise<OperationOutcome> {
  try {
    return params.operation === "revert" ? await revertCommits(context, params.commits) : await resetToTag(context, params.tag);
  } catch (error) {
    // Its own deadline: a cancelled step must still not leave a half-done revert behind.
    await restoreHead(context.repository, context.startHead, { signal: AbortSignal.timeout(RESTORE_TIMEOUT_MS) }).catch(() => undefined);
    if (error instanceof ActionFailure && params.operation === "revert") {
      throw new ActionFailure(`${error.message}. The branch is back at ${context.startHead.slice(0, 12)}: none of this attempt's reverts stand`);
    }
    throw error;
  }
}
