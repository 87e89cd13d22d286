import { z } from "zod";
import { secretRefSchema } from "../secret-ref";

/**
 * A code rollback in a working clone on the Rewind host: revert given commits,
 * or reset a branch to a tag. Either way Rewind first tags the current HEAD as
 * `rewind-backup/…`, so an operator can undo it.
 */

const absolutePath = z
  .string()
  .max(1_000, "must be at most 1000 characters")
  .regex(/^\/[^\0]*$/, "must be an absolute path on the Rewind host");

/** A plain ref name; never starting with "-", so git cannot read it as an option. */
const refName = (what: string) =>
  z
    .string()
    .max(200, "must be at most 200 characters")
    .regex(/^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*\.lock$)[A-Za-z0-9._/-]+(?<![./])$/, `must be a ${what} name`);

/** A sha or a ref with revision suffixes (`HEAD~2`, `v1.4^`), never an option. */
const commitSchema = z
  .string()
  .max(200, "must be at most 200 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/, "must be a commit sha or ref");

const targetFields = {
  /** An absolute path of a working clone (not bare). */
  repository: absolutePath,
  /** When given, the clone must have this branch checked out. */
  branch: refName("branch").optional(),
  remote: z
    .string()
    .max(100, "must be at most 100 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be a remote name")
    .optional(),
  push: z.boolean().default(false),
  /** For HTTPS remotes: a secret holding `username:token`, or a bare token. */
  credentials: secretRefSchema.optional(),
};

export const gitParamsSchema = z
  .discriminatedUnion(
    "operation",
    [
      z.strictObject({
        operation: z.literal("revert"),
        ...targetFields,
        commits: z.array(commitSchema).min(1, "list at least one commit").max(50, "must list at most 50 commits"),
      }),
      z.strictObject({ operation: z.literal("reset_to_tag"), ...targetFields, tag: refName("tag") }),
    ],
    { error: "must be revert or reset_to_tag" },
  )
  .superRefine((params, context) => {
    if (params.push && !params.remote) context.addIssue({ code: "custom", path: ["remote"], message: "is required to push" });
    if (params.credentials && !params.push) context.addIssue({ code: "custom", path: ["credentials"], message: "are only used to push: set push to true" });
  });
export type GitParams = z.infer<typeof gitParamsSchema>;

/** A full sha reads as its first 12 characters; refs stay as written. */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{13,64}$/.test(commit) ? commit.slice(0, 12) : commit;
}

export function describeGitParams(params: GitParams): string {
  const branch = params.branch ?? "the checked-out branch";
  const backup = "after tagging the current HEAD as a rewind-backup tag";
  if (params.operation === "revert") {
    const count = params.commits.length === 1 ? "1 commit" : `${params.commits.length} commits`;
    const push = params.push ? `, then push ${params.branch ?? "the branch"} and the backup tag to ${params.remote}` : "";
    return `Revert ${count} (${params.commits.map(shortCommit).join(", ")}) on ${branch} in ${params.repository}, newest first, ${backup}${push}`;
  }
  const push = params.push ? `, then force-push ${params.branch ?? "the branch"} and the backup tag to ${params.remote} with --force-with-lease` : "";
  return `Reset ${branch} in ${params.repository} to tag ${params.tag} with git reset --hard, discarding the commits after it, ${backup}${push}`;
}
