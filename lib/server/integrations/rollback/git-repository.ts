import "server-only";
import { realpath } from "node:fs/promises";
import { ActionFailure } from "./action-executor";
import { git, gitLine } from "./git-cli";

export type RepositoryState = {
  /** The checked-out branch, or null on a detached HEAD. */
  branch: string | null;
  head: string;
  /** `git describe --tags --always`: "v1.4.0-3-g4f1c2e9". */
  describe: string;
  /** Uncommitted changes as `git status --short` shows them: "M src/app.ts", "?? notes.txt". */
  changes: string[];
};

type Options = { signal: AbortSignal };

const MAX_NAMED_CHANGES = 10;

/** The repository must be the top level of a working clone: a subfolder or a bare repository is refused. */
export async function assertWorkingClone(repository: string, options: Options): Promise<void> {
  const resolved = await realpath(repository).catch(() => null);
  if (!resolved) throw new ActionFailure(`${repository} does not exist on the Rewind host`);
  const inside = await git(repository, ["rev-parse", "--is-inside-work-tree"], { ...options, allowExitCodes: [128] });
  if (inside.exitCode !== 0 || inside.stdout[0] !== "true") throw new ActionFailure(`${repository} is not a git working clone`);
  const topLevel = await gitLine(repository, ["rev-parse", "--show-toplevel"], options);
  if (topLevel !== resolved) throw new ActionFailure(`${repository} is inside the clone at ${topLevel}; give the clone's top-level folder`);
}

/** `git status --porcelain -z` entries; a rename's second entry is its old path, not a change of its own. */
function parseStatus(output: string): string[] {
  const entries = output.split("\0").filter(Boolean);
  const changes: string[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    changes.push(`${entry.slice(0, 2).trim()} ${entry.slice(3)}`);
    if (entry[0] === "R" || entry[0] === "C") index++;
  }
  return changes;
}

export async function inspectRepository(repository: string, options: Options): Promise<RepositoryState> {
  const symbolic = await git(repository, ["symbolic-ref", "--quiet", "--short", "HEAD"], { ...options, allowExitCodes: [1] });
  const head = await gitLine(repository, ["rev-parse", "--verify", "HEAD"], options);
  const describe = await gitLine(repository, ["describe", "--tags", "--always"], options);
  const status = await git(repository, ["status", "--porcelain=v1", "-z", "--untracked-files=all"], options);
  return {
    branch: symbolic.exitCode === 0 ? (symbolic.stdout[0] ?? null) : null,
    head,
    describe,
    changes: parseStatus(status.stdout.join("\n")),
  };
}

/** A rollback on top of uncommitted work would mix it into the result, or lose it on a reset. */
export function assertCleanTree(repository: string, state: RepositoryState): void {
  if (state.changes.length === 0) return;
  const named = state.changes.slice(0, MAX_NAMED_CHANGES).join(", ");
  const more = state.changes.length > MAX_NAMED_CHANGES ? ` and ${state.changes.length - MAX_NAMED_CHANGES} more` : "";
  throw new ActionFailure(`The working tree of ${repository} has uncommitted changes (${named}${more}); commit, stash or remove them first`);
}

export function assertOnBranch(repository: string, state: RepositoryState, branch: string | undefined): void {
  if (!branch) return;
  if (state.branch === null) throw new ActionFailure(`${repository} has a detached HEAD at ${state.head.slice(0, 12)}; check out ${branch} first`);
  if (state.branch !== branch) throw new ActionFailure(`${repository} has ${state.branch} checked out, not ${branch}`);
}

/**
 * Author and committer of revert commits and backup tags: the repository's own
 * identity when it has one, otherwise Rewind, rather than failing with "tell
 * me who you are". Given as variables so that a preview's scratch clone signs
 * the same way.
 */
export async function committerEnvironment(repository: string, options: Options): Promise<Record<string, string>> {
  const read = async (key: string) => (await git(repository, ["config", "--get", key], { ...options, allowExitCodes: [1] })).stdout[0]?.trim() || null;
  const name = (await read("user.name")) ?? "Rewind";
  const email = (await read("user.email")) ?? "rewind@localhost";
  return { GIT_AUTHOR_NAME: name, GIT_COMMITTER_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_EMAIL: email };
}

/** The full sha of a commit named by sha or ref, or an ActionFailure naming what was not found. */
export async function resolveCommit(repository: string, revision: string, options: Options): Promise<string> {
  const result = await git(repository, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], { ...options, allowExitCodes: [1, 128] });
  if (result.exitCode !== 0 || !result.stdout[0]) throw new ActionFailure(`${revision} is not a commit in ${repository}`);
  return result.stdout[0].trim();
}

export async function resolveTag(repository: string, tag: string, options: Options): Promise<string> {
  const result = await git(repository, ["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { ...options, allowExitCodes: [1, 128] });
  if (result.exitCode !== 0 || !result.stdout[0]) throw new ActionFailure(`The tag ${tag} does not exist in ${repository}; fetch the tags first`);
  return result.stdout[0].trim();
}

export async function isAncestor(repository: string, ancestor: string, descendant: string, options: Options): Promise<boolean> {
  const result = await git(repository, ["merge-base", "--is-ancestor", ancestor, descendant], { ...options, allowExitCodes: [1] });
  return result.exitCode === 0;
}

/** "M\tb.txt", "D\tc.txt" between two commits, as "M b.txt". */
export async function changedFiles(repository: string, from: string, to: string, options: Options): Promise<string[]> {
  const result = await git(repository, ["diff", "--name-status", "--no-renames", from, to], options);
  return result.stdout.filter(Boolean).map((line) => line.replace("\t", " "));
}

/** Back to where this attempt started; the tree was clean then, so nothing of anyone's is lost. */
export async function restoreHead(repository: string, head: string, options: Options): Promise<void> {
  await git(repository, ["reset", "--quiet", "--hard", head], options);
}
