import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gitParamsSchema } from "@/lib/domain/rollback/actions/git";
import type { SecretRef } from "@/lib/domain/rollback/secret-ref";
import { startGitHttpServer } from "@/lib/testing/git-http-server";
import { ActionFailure, type ActionContext, type LogLevel } from "./action-executor";
import { gitExecutor } from "./git";

const run = promisify(execFile);
const FIXTURE_IDENTITY = { GIT_AUTHOR_NAME: "Dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "Dev", GIT_COMMITTER_EMAIL: "dev@example.com" };

async function gitIn(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd, env: { ...process.env, ...FIXTURE_IDENTITY } });
  return stdout.trim();
}

async function commitFile(work: string, file: string, content: string, message: string): Promise<string> {
  await writeFile(path.join(work, file), content);
  await gitIn(work, "add", file);
  await gitIn(work, "commit", "--quiet", "-m", message);
  return gitIn(work, "rev-parse", "HEAD");
}

type Fixture = { root: string; work: string; origin: string; commits: string[] };

/** A working clone with commits 1..4 (tag v1 on commit 2) pushed to a bare "origin". */
async function createFixture(): Promise<Fixture> {
  const root = await mkdtemp(path.join(os.tmpdir(), "rewind-git-test-"));
  const origin = path.join(root, "origin.git");
  const work = path.join(root, "work");
  await gitIn(root, "init", "--quiet", "--bare", "-b", "main", origin);
  await gitIn(root, "init", "--quiet", "-b", "main", work);
  const commits = [
    await commitFile(work, "a.txt", "one\n", "Add a"),
    await commitFile(work, "b.txt", "two\n", "Add b"),
  ];
  await gitIn(work, "tag", "v1");
  commits.push(await commitFile(work, "c.txt", "three\n", "Add c"), await commitFile(work, "b.txt", "two, changed\n", "Change b"));
  await gitIn(work, "remote", "add", "origin", origin);
  await gitIn(work, "push", "--quiet", "-u", "origin", "main", "v1");
  return { root, work, origin, commits };
}

function actionContext(options: { key: string; secrets?: Record<string, string> }) {
  const lines: { line: string; level: LogLevel }[] = [];
  const reveal = async (ref: SecretRef) => {
    const value = options.secrets?.[ref.secret];
    if (value === undefined) throw new Error(`no secret ${ref.secret}`);
    return value;
  };
  const context: ActionContext = {
    idempotencyKey: options.key,
    signal: new AbortController().signal,
    log: (line, level = "info") => lines.push({ line, level }),
    variables: { "incident.key": "INC-7", "run.id": "run-1" },
    secrets: { reveal, resolve: (value) => (typeof value === "string" ? Promise.resolve(value) : reveal(value)) },
    sandboxBaseUrl: async () => null,
    runbookScript: async () => null,
  };
  return { context, lines };
}

/** Every file under a folder, .git included, by content hash. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files[path.relative(folder, full)] = createHash("sha256").update(await readFile(full)).digest("hex");
    }
  };
  await walk(folder);
  return files;
}

const backupTags = (work: string) => gitIn(work, "tag", "--list", "rewind-backup/*").then((out) => out.split("\n").filter(Boolean));
const subjects = (work: string, count: number) => gitIn(work, "log", `-${count}`, "--format=%s").then((out) => out.split("\n"));
const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the step succeeded"), (error: unknown) => error);

let fixture: Fixture;
beforeEach(async () => {
  fixture = await createFixture();
});
afterEach(async () => {
  await rm(fixture.root, { recursive: true, force: true });
});

describe("git revert on a real repository", () => {
  it("reverts two commits newest first after tagging the old HEAD, and pushes both to origin", async () => {
    const { work, origin, commits } = fixture;
    const oldHead = commits[3]!;
    const { context, lines } = actionContext({ key: "run-1:step-2" });
    const params = gitParamsSchema.parse({ operation: "revert", repository: work, branch: "main", remote: "origin", push: true, commits: [commits[2], commits[3]] });

    const result = await gitExecutor.execute(params, context);

    expect(await readFile(path.join(work, "b.txt"), "utf8")).toBe("two\n");
    await expect(readFile(path.join(work, "c.txt"))).rejects.toThrow(/ENOENT/);
    expect(await subjects(work, 3)).toEqual(['Revert "Add c"', 'Revert "Change b"', "Change b"]);
    expect(await gitIn(work, "log", "-1", "--format=%(trailers:key=Rewind-Step,valueonly)")).toBe("run-1:step-2");

    const backupTag = result.details?.backupTag as string;
    expect(backupTag).toMatch(/^rewind-backup\/run-1-step-2-\d{8}T\d{6}Z$/);
    expect(await gitIn(work, "rev-parse", `${backupTag}^{commit}`)).toBe(oldHead);
    const newHead = await gitIn(work, "rev-parse", "HEAD");
    expect(await gitIn(origin, "rev-parse", "main")).toBe(newHead);
    expect(await gitIn(origin, "rev-parse", `${backupTag}^{commit}`)).toBe(oldHead);

    expect(result.summary).toBe(`Reverted 2 of 2 commits on main and pushed to origin; backup tag ${backupTag}`);
    expect(result.details).toMatchObject({ previousHead: oldHead, head: newHead, undo: `git reset --hard ${backupTag}`, changedFiles: ["M b.txt", "D c.txt"] });
    expect(lines.map((entry) => entry.line)).toEqual(expect.arrayContaining([expect.stringMatching(/^Created the backup tag rewind-backup\/run-1-step-2-/), expect.stringMatching(/^Pushed to origin: refs\/heads\/main/)]));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("does nothing new when the completed revert runs again with the same key", async () => {
    const { work, commits } = fixture;
    const params = gitParamsSchema.parse({ operation: "revert", repository: work, commits: [commits[2], commits[3]] });
    await gitExecutor.execute(params, actionContext({ key: "step-9" }).context);
    const headAfterFirst = await gitIn(work, "rev-parse", "HEAD");
    const tagsAfterFirst = await backupTags(work);

    const again = await gitExecutor.execute(params, actionContext({ key: "step-9" }).context);

    expect(await gitIn(work, "rev-parse", "HEAD")).toBe(headAfterFirst);
    expect(await backupTags(work)).toEqual(tagsAfterFirst);
    expect(again.details?.reverts).toEqual([expect.objectContaining({ note: "already reverted by this step" }), expect.objectContaining({ note: "already reverted by this step" })]);
    expect(gitExecutor.resumable(params)).toBe(true);
  });

  it("after an attempt that stopped between two reverts, reverts only the rest and keeps the first backup tag", async () => {
    const { work, commits } = fixture;
    // The first attempt got as far as the newest commit: exactly what a crash after one revert leaves.
    await gitExecutor.execute(gitParamsSchema.parse({ operation: "revert", repository: work, commits: [commits[3]] }), actionContext({ key: "step-3" }).context);
    const [firstTag] = await backupTags(work);

    const resumed = await gitExecutor.execute(gitParamsSchema.parse({ operation: "revert", repository: work, commits: [commits[2], commits[3]] }), actionContext({ key: "step-3" }).context);

    expect(resumed.details?.reverts).toEqual([
      expect.objectContaining({ reverted: commits[3], note: "already reverted by this step" }),
      expect.objectContaining({ reverted: commits[2], note: "reverted" }),
    ]);
    expect(await subjects(work, 3)).toEqual(['Revert "Add c"', 'Revert "Change b"', "Change b"]);
    expect(await backupTags(work)).toEqual([firstTag]);
    expect(await gitIn(work, "rev-parse", `${firstTag}^{commit}`)).toBe(commits[3]);
  });

  it("leaves the branch where it was when a revert conflicts", async () => {
    const { work, commits } = fixture;
    const params = gitParamsSchema.parse({ operation: "revert", repository: work, commits: [commits[1]] });

    const failure = await failureOf(gitExecutor.execute(params, actionContext({ key: "step-4" }).context));

    expect(failure).toBeInstanceOf(ActionFailure);
    expect((failure as Error).message).toMatch(/^Could not revert [0-9a-f]{12} "Add b": it conflicts with later changes in b\.txt\. The branch is back at/);
    expect(await gitIn(work, "rev-parse", "HEAD")).toBe(commits[3]);
    expect(await gitIn(work, "status", "--porcelain")).toBe("");
  });
});

describe("git reset to a tag on a real repository", () => {
  it("resets to the tag and force-pushes with a lease, after tagging the old HEAD", async () => {
    const { work, origin, commits } = fixture;
    const params = gitParamsSchema.parse({ operation: "reset_to_tag", repository: work, branch: "main", tag: "v1", remote: "origin", push: true });

    const result = await gitExecutor.execute(params, actionContext({ key: "step-5" }).context);

    expect(await gitIn(work, "rev-parse", "HEAD")).toBe(commits[1]);
    expect(await readFile(path.join(work, "b.txt"), "utf8")).toBe("two\n");
    expect(await gitIn(origin, "rev-parse", "main")).toBe(commits[1]);
    const backupTag = result.details?.backupTag as string;
    expect(await gitIn(origin, "rev-parse", `${backupTag}^{commit}`)).toBe(commits[3]);
    expect(result.details).toMatchObject({ pushedTo: { remote: "origin", branch: "main", forced: true }, changedFiles: ["M b.txt", "D c.txt"] });
    expect(gitExecutor.resumable(params)).toBe(true);
  });

  it("refuses before changing anything when origin moved on since the clone last fetched", async () => {
    const { root, work, origin, commits } = fixture;
    const other = path.join(root, "other");
    await gitIn(root, "clone", "--quiet", origin, other);
    const theirs = await commitFile(other, "d.txt", "four\n", "Someone else's fix");
    await gitIn(other, "push", "--quiet", "origin", "main");
    const params = gitParamsSchema.parse({ operation: "reset_to_tag", repository: work, tag: "v1", remote: "origin", push: true });

    const failure = await failureOf(gitExecutor.execute(params, actionContext({ key: "step-6" }).context));

    expect((failure as Error).message).toMatch(/^origin refused the push \(refs\/heads\/main: the remote branch changed since this clone last fetched it/);
    expect(await gitIn(work, "rev-parse", "HEAD")).toBe(commits[3]);
    expect(await backupTags(work)).toEqual([]);
    expect(await gitIn(origin, "rev-parse", "main")).toBe(theirs);
  });
});

describe("git safety checks", () => {
  it("refuses a dirty working tree, naming the files", async () => {
    const { work, commits } = fixture;
    await writeFile(path.join(work, "a.txt"), "edited on the host\n");
    await writeFile(path.join(work, "notes.txt"), "scratch\n");
    const params = gitParamsSchema.parse({ operation: "reset_to_tag", repository: work, tag: "v1" });

    const failure = await failureOf(gitExecutor.execute(params, actionContext({ key: "step-7" }).context));

    expect(failure).toBeInstanceOf(ActionFailure);
    expect((failure as Error).message).toBe(`The working tree of ${work} has uncommitted changes (M a.txt, ?? notes.txt); commit, stash or remove them first`);
    expect(await gitIn(work, "rev-parse", "HEAD")).toBe(commits[3]);
    expect(await backupTags(work)).toEqual([]);
  });

  it("refuses a detached HEAD when a branch is given, and a folder that is not a clone", async () => {
    const { root, work, commits } = fixture;
    await gitIn(work, "checkout", "--quiet", "--detach", commits[2]!);
    const detached = await failureOf(gitExecutor.execute(gitParamsSchema.parse({ operation: "revert", repository: work, branch: "main", commits: ["HEAD"] }), actionContext({ key: "s" }).context));
    expect((detached as Error).message).toBe(`${work} has a detached HEAD at ${commits[2]!.slice(0, 12)}; check out main first`);
    const notClone = await failureOf(gitExecutor.execute(gitParamsSchema.parse({ operation: "reset_to_tag", repository: root, tag: "v1" }), actionContext({ key: "s" }).context));
    expect((notClone as Error).message).toBe(`${root} is not a git working clone`);
  });

  it("captures the branch, HEAD and describe", async () => {
    const { work, commits } = fixture;
    const captured = await gitExecutor.capture!(gitParamsSchema.parse({ operation: "reset_to_tag", repository: work, tag: "v1" }), { ...actionContext({ key: "s" }).context });
    expect(captured).toEqual({
      label: `main at v1-2-g${commits[3]!.slice(0, 7)}`,
      data: { repository: work, branch: "main", head: commits[3], describe: `v1-2-g${commits[3]!.slice(0, 7)}`, uncommittedChanges: 0 },
    });
  });
});

describe("git preview", () => {
  it("applies the revert on a scratch clone, dry-runs the push, and leaves the repository and origin byte-identical", async () => {
    const { work, origin, commits } = fixture;
    const before = { work: await snapshot(work), origin: await snapshot(origin) };
    const params = gitParamsSchema.parse({ operation: "revert", repository: work, branch: "main", remote: "origin", push: true, commits: [commits[2], commits[3]] });

    const preview = await gitExecutor.preview(params, actionContext({ key: "s" }).context);

    expect(preview.description).toMatch(/^Revert 2 commits/);
    expect(preview.dryRun).toEqual({
      supported: true,
      ok: true,
      lines: [
        `${work} is at ${commits[3]!.slice(0, 12)} (v1-2-g${commits[3]!.slice(0, 7)}) on main`,
        expect.stringMatching(/^Would tag [0-9a-f]{12} as rewind-backup/),
        expect.stringMatching(/^Reverted [0-9a-f]{12} "Change b" as [0-9a-f]{12}$/),
        expect.stringMatching(/^Reverted [0-9a-f]{12} "Add c" as [0-9a-f]{12}$/),
        expect.stringMatching(/^Resulting HEAD: [0-9a-f]{12} \(was [0-9a-f]{12}\)$/),
        "Changed files (2): M b.txt, D c.txt",
        expect.stringMatching(/^Dry-run push to origin: refs\/heads\/main [0-9a-f]+\.\.[0-9a-f]+$/),
      ],
    });
    expect(await snapshot(work)).toEqual(before.work);
    expect(await snapshot(origin)).toEqual(before.origin);
  });

  it("reports what would fail instead of changing anything", async () => {
    const { work } = fixture;
    const before = await snapshot(work);
    const preview = await gitExecutor.preview(gitParamsSchema.parse({ operation: "reset_to_tag", repository: work, tag: "v9" }), actionContext({ key: "s" }).context);
    expect(preview.dryRun).toMatchObject({ supported: true, ok: false });
    expect(preview.dryRun.supported && preview.dryRun.lines.at(-1)).toBe(`Would fail: The tag v9 does not exist in ${work}; fetch the tags first`);
    expect(await snapshot(work)).toEqual(before);
  });
});

describe("git push over HTTP with credentials", () => {
  it("authenticates from the secret, and never logs the token", async () => {
    const { root, work, origin, commits } = fixture;
    const projectRoot = path.join(root, "served");
    await gitIn(root, "clone", "--quiet", "--bare", origin, path.join(projectRoot, "shop.git"));
    const token = "tok-3f9a7c1e5b";
    const server = await startGitHttpServer({ projectRoot, username: "deployer", password: token });
    try {
      await gitIn(work, "remote", "set-url", "origin", `${server.url}/shop.git`);
      const params = gitParamsSchema.parse({ operation: "revert", repository: work, branch: "main", remote: "origin", push: true, credentials: { secret: "git-push" }, commits: [commits[3]] });

      const wrong = actionContext({ key: "step-h1", secrets: { "git-push": "deployer:not-the-token" } });
      const refused = await failureOf(gitExecutor.execute(params, wrong.context));
      expect((refused as Error).message).toMatch(/^Could not push to origin: .*Authentication failed/);
      expect(await gitIn(work, "rev-parse", "HEAD")).toBe(commits[3]);
      expect(JSON.stringify(wrong.lines) + (refused as Error).message).not.toContain("not-the-token");

      const right = actionContext({ key: "step-h2", secrets: { "git-push": `deployer:${token}` } });
      const result = await gitExecutor.execute(params, right.context);

      expect(await gitIn(path.join(projectRoot, "shop.git"), "rev-parse", "main")).toBe(result.details?.head);
      expect(server.requests).toContainEqual({ method: "POST", path: "/shop.git/git-receive-pack", authorized: true });
      expect(JSON.stringify(right.lines) + JSON.stringify(result)).not.toContain(token);
    } finally {
      await server.stop();
    }
  });
});
