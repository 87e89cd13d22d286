import { describe, expect, it } from "vitest";
import { describeGitParams, gitParamsSchema, shortCommit } from "./git";

const revert = { operation: "revert", repository: "/srv/shop", branch: "main", commits: ["4f1c2e9a7b3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f", "HEAD~1"] };
const reset = { operation: "reset_to_tag", repository: "/srv/shop", branch: "release/2024", tag: "v1.4.0", remote: "origin", push: true, credentials: { secret: "github-deploy-token" } };

const issuesOf = (input: unknown) => gitParamsSchema.safeParse(input).error?.issues ?? [];

describe("gitParamsSchema", () => {
  it("accepts a revert and a pushed reset, defaulting push to false", () => {
    expect(gitParamsSchema.parse(revert)).toEqual({ ...revert, push: false });
    expect(gitParamsSchema.parse(reset)).toEqual(reset);
  });

  it("rejects an unknown key, naming it", () => {
    expect(issuesOf({ ...revert, force: true })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["force"], path: [] })]);
    expect(issuesOf({ ...reset, commits: ["abc"] })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["commits"] })]);
  });

  it("names the operations it knows", () => {
    expect(issuesOf({ ...revert, operation: "rebase" })).toEqual([expect.objectContaining({ path: ["operation"], message: "must be revert or reset_to_tag" })]);
  });

  it("refuses values git could read as options, relative paths and malformed refs", () => {
    const issues = issuesOf({ ...revert, repository: "srv/shop", branch: "--upload-pack=evil", commits: ["-n", "ok", "a b"] });
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["repository", "must be an absolute path on the Rewind host"],
      ["branch", "must be a branch name"],
      ["commits.0", "must be a commit sha or ref"],
      ["commits.2", "must be a commit sha or ref"],
    ]);
    expect(issuesOf({ ...reset, tag: "v1..2" }).map((issue) => issue.path)).toEqual([["tag"]]);
    expect(issuesOf({ ...reset, tag: "v1.lock" }).map((issue) => issue.path)).toEqual([["tag"]]);
    expect(issuesOf({ ...reset, remote: "-o" }).map((issue) => issue.path)).toEqual([["remote"]]);
  });

  it("needs a remote to push, and credentials only with a push", () => {
    expect(issuesOf({ ...revert, push: true })).toEqual([expect.objectContaining({ path: ["remote"], message: "is required to push" })]);
    expect(issuesOf({ ...revert, remote: "origin", credentials: { secret: "token" } })).toEqual([expect.objectContaining({ path: ["credentials"] })]);
  });

  it("needs at least one commit and at most 50", () => {
    expect(issuesOf({ ...revert, commits: [] })).toEqual([expect.objectContaining({ path: ["commits"], message: "list at least one commit" })]);
    expect(issuesOf({ ...revert, commits: Array.from({ length: 51 }, (_, index) => `c${index}`) })).toEqual([expect.objectContaining({ path: ["commits"] })]);
  });
});

describe("describeGitParams", () => {
  it("says what is reverted, where, the backup tag and the push", () => {
    expect(describeGitParams(gitParamsSchema.parse({ ...revert, remote: "origin", push: true }))).toBe(
      "Revert 2 commits (4f1c2e9a7b3d, HEAD~1) on main in /srv/shop, newest first, after tagging the current HEAD as a rewind-backup tag, then push main and the backup tag to origin",
    );
  });

  it("says a reset discards commits and force-pushes with a lease", () => {
    expect(describeGitParams(gitParamsSchema.parse(reset))).toBe(
      "Reset release/2024 in /srv/shop to tag v1.4.0 with git reset --hard, discarding the commits after it, after tagging the current HEAD as a rewind-backup tag, then force-push release/2024 and the backup tag to origin with --force-with-lease",
    );
    expect(describeGitParams(gitParamsSchema.parse({ operation: "reset_to_tag", repository: "/r", tag: "v1" }))).toMatch(/^Reset the checked-out branch in \/r to tag v1 .*rewind-backup tag$/);
  });

  it("shortens full shas only", () => {
    expect([shortCommit("4f1c2e9a7b3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f"), shortCommit("4f1c2e9"), shortCommit("v1.2")]).toEqual(["4f1c2e9a7b3d", "4f1c2e9", "v1.2"]);
  });
});
