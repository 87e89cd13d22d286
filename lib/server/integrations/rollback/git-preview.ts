import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describeGitParams, type GitParams } from "@/lib/domain/rollback/actions/git";
import { ActionFailure, type ActionEnvironment, type ActionPreview } from "./action-executor";
import { git, gitLine } from "./git-cli";
import { applyGitOperation, ensureBackupTag } from "./git-operation";
import { planPush, type PushPlan } from "./git-push-plan";
import { NO_PUSH_AUTH, pushAuthFromSecret, pushRefs } from "./git-push";
import { assertCleanTree, assertOnBranch, assertWorkingClone, committerEnvironment, inspectRepository } from "./git-repository";

const MAX_LISTED_FILES = 50;

/** The preview stands in for a real step; its key only names the backup tag it would create. */
const PREVIEW_KEY = "preview";

/** A remote's URL as the scratch clone can use it: relative paths are relative to the real clone. */
function absoluteRemoteUrl(repository: string, url: string): string {
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]+:/.test(url);
  return isUrl ? url : path.resolve(repository, url);
}

/** Pushes the scratch result with --dry-run: the remote checks fast-forward or lease, and credentials, and keeps nothing. */
async function dryRunPush(params: GitParams, push: PushPlan, scratch: string, head: string, env: ActionEnvironment & { signal: AbortSignal }, lines: string[]): Promise<void> {
  const url = await gitLine(params.repository, ["remote", "get-url", "--push", push.remote], { signal: env.signal });
  const auth = params.credentials ? await pushAuthFromSecret(env.secrets, params.credentials) : NO_PUSH_AUTH;
  await pushRefs({
    repository: scratch,
    remote: absoluteRemoteUrl(params.repository, url),
    remoteLabel: push.remote,
    refspecs: [`${head}:refs/heads/${push.branch}`],
    lease: push.lease,
    dryRun: true,
    auth,
    signal: env.signal,
    log: (line) => lines.push(auth.scrub(line)),
  });
}

/**
 * Applies the operation to a scratch clone (`git clone --local --no-hardlinks`)
 * and reports the HEAD and files it would produce. The real clone is only read.
 */
async function dryRun(params: GitParams, env: ActionEnvironment & { signal: AbortSignal }, lines: string[]): Promise<void> {
  const options = { signal: env.signal };
  await assertWorkingClone(params.repository, options);
  const state = await inspectRepository(params.repository, options);
  lines.push(`${params.repository} is at ${state.head.slice(0, 12)} (${state.describe}) on ${state.branch ?? "a detached HEAD"}`);
  assertCleanTree(params.repository, state);
  assertOnBranch(params.repository, state, params.branch);
  const push = await planPush(params, state, env.signal);

  const scratchRoot = await mkdtemp(path.join(os.tmpdir(), "rewind-git-preview-"));
  try {
    const scratch = path.join(scratchRoot, "clone");
    await git(scratchRoot, ["clone", "--quiet", "--local", "--no-hardlinks", "--no-checkout", "--", params.repository, scratch], options);
    await git(scratch, ["checkout", "--quiet", "-B", state.branch ?? "rewind-preview", state.head], options);
    const operation = { repository: scratch, idempotencyKey: PREVIEW_KEY, startHead: state.head, signal: env.signal, env: await committerEnvironment(params.repository, options), log: (line: string) => lines.push(line) };
    const backup = await ensureBackupTag(operation, "a preview");
    lines.push(`Would tag ${state.head.slice(0, 12)} as rewind-backup/<step>-<time> first (tried as ${backup.name} in the scratch clone)`);
    const outcome = await applyGitOperation(params, operation);
    lines.push(`Resulting HEAD: ${outcome.head.slice(0, 12)} (was ${state.head.slice(0, 12)})`);
    const files = outcome.changedFiles;
    lines.push(files.length === 0 ? "Changed files: none" : `Changed files (${files.length}): ${files.slice(0, MAX_LISTED_FILES).join(", ")}${files.length > MAX_LISTED_FILES ? ", …" : ""}`);
    if (push) await dryRunPush(params, push, scratch, outcome.head, env, lines);
  } catch (error) {
    // Failures name the clone they happened in; the commander knows the real one.
    if (error instanceof ActionFailure) throw new ActionFailure(error.message.split(path.join(scratchRoot, "clone")).join(params.repository));
    throw error;
  } finally {
    await rm(scratchRoot, { recursive: true, force: true });
  }
}

export async function previewGitOperation(params: GitParams, env: ActionEnvironment & { signal: AbortSignal }): Promise<ActionPreview> {
  const lines: string[] = [];
  try {
    await dryRun(params, env, lines);
    return { description: describeGitParams(params), dryRun: { supported: true, ok: true, lines } };
  } catch (error) {
    if (!(error instanceof ActionFailure)) throw error;
    lines.push(`Would fail: ${error.message}`);
    return { description: describeGitParams(params), dryRun: { supported: true, ok: false, lines } };
  }
}
