import "server-only";
import type { GitParams } from "@/lib/domain/rollback/actions/git";
import { ActionFailure } from "./action-executor";
import { git } from "./git-cli";
import type { RepositoryState } from "./git-repository";

/** What a pushing step sends where; null when the step does not push. */
export type PushPlan = { remote: string; branch: string; lease?: { ref: string; expected: string } };

/**
 * A reset rewrites the remote branch, so it is forced, but only while the
 * remote still holds what this clone last fetched (its remote-tracking ref,
 * or, with none, the HEAD the step started from). A revert only appends and
 * pushes as a fast-forward.
 */
export async function planPush(params: GitParams, state: RepositoryState, signal: AbortSignal): Promise<PushPlan | null> {
  if (!params.push || !params.remote) return null;
  const branch = params.branch ?? state.branch;
  if (!branch) throw new ActionFailure(`${params.repository} has a detached HEAD; name the branch to push`);
  if (params.operation === "revert") return { remote: params.remote, branch };
  const tracking = await git(params.repository, ["rev-parse", "--verify", "--quiet", `refs/remotes/${params.remote}/${branch}`], { signal, allowExitCodes: [1] });
  const expected = tracking.stdout[0]?.trim() || state.head;
  return { remote: params.remote, branch, lease: { ref: `refs/heads/${branch}`, expected } };
}
