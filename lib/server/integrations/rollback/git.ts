import "server-only";
import type { GitParams } from "@/lib/domain/rollback/actions/git";
import type { ActionContext, ActionExecutor, ActionResult } from "./action-executor";
import { applyGitOperation, ensureBackupTag } from "./git-operation";
import { previewGitOperation } from "./git-preview";
import { planPush } from "./git-push-plan";
import { NO_PUSH_AUTH, pushAuthFromSecret, pushRefs } from "./git-push";
import { assertCleanTree, assertOnBranch, assertWorkingClone, committerEnvironment, inspectRepository } from "./git-repository";

async function execute(params: GitParams, context: ActionContext): Promise<ActionResult> {
  const { repository } = params;
  const options = { signal: context.signal };
  await assertWorkingClone(repository, options);
  const state = await inspectRepository(repository, options);
  assertCleanTree(repository, state);
  assertOnBranch(repository, state, params.branch);
  context.log(`${repository} is clean at ${state.head.slice(0, 12)} (${state.describe}) on ${state.branch ?? "a detached HEAD"}`);

  const push = await planPush(params, state, context.signal);
  const auth = push && params.credentials ? await pushAuthFromSecret(context.secrets, params.credentials) : NO_PUSH_AUTH;
  const log = (line: string) => context.log(auth.scrub(line));
  if (push) {
    // Refused pushes (a remote that moved on, wrong credentials) fail here, before the clone changes.
    await pushRefs({ repository, remote: push.remote, refspecs: [`${state.head}:refs/heads/${push.branch}`], lease: push.lease, dryRun: true, auth, signal: context.signal, log });
  }

  const operation = { repository, idempotencyKey: context.idempotencyKey, startHead: state.head, signal: context.signal, env: await committerEnvironment(repository, options), log };
  const backup = await ensureBackupTag(operation, params.operation === "revert" ? "a revert" : `a reset to ${params.tag}`);
  log(`${backup.reused ? "Keeping the backup tag from an earlier attempt" : "Created the backup tag"} ${backup.name} at ${backup.commit.slice(0, 12)}; undo with: git reset --hard ${backup.name}`);

  const outcome = await applyGitOperation(params, operation);

  if (push) {
    await pushRefs({ repository, remote: push.remote, refspecs: [`refs/tags/${backup.name}:refs/tags/${backup.name}`], auth, signal: context.signal, log });
    await pushRefs({ repository, remote: push.remote, refspecs: [`${outcome.head}:refs/heads/${push.branch}`], lease: push.lease, auth, signal: context.signal, log });
  }

  const branch = state.branch ?? "the detached HEAD";
  const done =
    params.operation === "revert"
      ? `Reverted ${outcome.reverts?.filter((revert) => revert.commit).length ?? 0} of ${outcome.reverts?.length ?? 0} commits on ${branch}`
      : `Reset ${branch} to ${params.tag}`;
  return {
    summary: `${done}${push ? ` and pushed to ${push.remote}` : ""}; backup tag ${backup.name}`,
    details: {
      repository,
      branch: state.branch,
      previousHead: state.head,
      head: outcome.head,
      backupTag: backup.name,
      backupCommit: backup.commit,
      undo: `git reset --hard ${backup.name}`,
      changedFiles: outcome.changedFiles,
      ...(outcome.reverts ? { reverts: outcome.reverts } : {}),
      pushedTo: push ? { remote: push.remote, branch: push.branch, forced: Boolean(push.lease) } : null,
    },
  };
}

export const gitExecutor: ActionExecutor<GitParams> = {
  kind: "git",
  // Reverts carry a Rewind-Step trailer, so a retry skips what the step already reverted; a reset sets a state.
  resumable: () => true,
  preview: previewGitOperation,
  execute,
  async capture(params, env) {
    const options = { signal: env.signal };
    await assertWorkingClone(params.repository, options);
    const state = await inspectRepository(params.repository, options);
    return {
      label: `${state.branch ?? "detached HEAD"} at ${state.describe}`,
      data: { repository: params.repository, branch: state.branch, head: state.head, describe: state.describe, uncommittedChanges: state.changes.length },
    };
  },
};
