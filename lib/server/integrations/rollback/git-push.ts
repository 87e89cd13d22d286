import "server-only";
import type { SecretRef } from "@/lib/domain/rollback/secret-ref";
import { ActionFailure, type SecretResolver } from "./action-executor";
import { git, gitErrorText } from "./git-cli";

export type PushAuth = {
  /** Handed to git's environment only: never on a command line, in a file or in a log. */
  env: Record<string, string>;
  /** Removes revealed values from git's output before it is logged or quoted. */
  scrub(text: string): string;
};

/** Bare tokens go with the user name GitHub documents for tokens; most other hosts accept any name. */
const TOKEN_USERNAME = "x-access-token";

/**
 * A credential helper given through GIT_CONFIG_* variables: the first, empty,
 * entry drops the host's own helpers, the second answers `get` with the
 * secret from the environment. Only variable names reach git's configuration.
 */
const CREDENTIAL_HELPER = `!f() { test "$1" = get || exit 0; printf 'username=%s\\npassword=%s\\n' "$REWIND_GIT_USERNAME" "$REWIND_GIT_PASSWORD"; }; f`;

export const NO_PUSH_AUTH: PushAuth = { env: {}, scrub: (text) => text };

export async function pushAuthFromSecret(secrets: SecretResolver, ref: SecretRef): Promise<PushAuth> {
  const value = (await secrets.reveal(ref)).trim();
  const separator = value.indexOf(":");
  const username = separator > 0 ? value.slice(0, separator) : TOKEN_USERNAME;
  const password = separator > 0 ? value.slice(separator + 1) : value;
  const hidden = [value, password].filter((text) => text.length >= 4);
  return {
    env: {
      GIT_CONFIG_COUNT: "2",
      GIT_CONFIG_KEY_0: "credential.helper",
      GIT_CONFIG_VALUE_0: "",
      GIT_CONFIG_KEY_1: "credential.helper",
      GIT_CONFIG_VALUE_1: CREDENTIAL_HELPER,
      REWIND_GIT_USERNAME: username,
      REWIND_GIT_PASSWORD: password,
    },
    scrub: (text) => hidden.reduce((result, secret) => result.split(secret).join("********"), text),
  };
}

export type PushRequest = {
  repository: string;
  /** A remote's name, or a URL. */
  remote: string;
  /** How log lines and failures name the remote. */
  remoteLabel?: string;
  /** `<source>:<destination>` refspecs. */
  refspecs: string[];
  /** Force only when the remote branch still has this value (`--force-with-lease=<ref>:<sha>`). */
  lease?: { ref: string; expected: string };
  dryRun?: boolean;
  auth: PushAuth;
  signal: AbortSignal;
  log(line: string): void;
};

/** `git push --porcelain` ref lines: "<flag>\t<from>:<to>\t<summary>". */
function refLines(stdout: string[]): { flag: string; ref: string; summary: string }[] {
  return stdout
    .filter((line) => line.includes("\t"))
    .map((line) => {
      const [flag = "", refs = "", summary = ""] = line.split("\t");
      return { flag: flag.trim(), ref: refs.split(":").at(-1) ?? refs, summary };
    });
}

function rejectionReason(summary: string): string {
  if (summary.includes("stale info")) return "the remote branch changed since this clone last fetched it; fetch, check what changed, and run the step again";
  if (summary.includes("fetch first") || summary.includes("non-fast-forward")) return "the remote branch has commits this clone does not have; pull them and run the step again";
  return summary.replace(/^\[|\]$/g, "");
}

export async function pushRefs(request: PushRequest): Promise<void> {
  const label = request.remoteLabel ?? request.remote;
  const args = ["push", "--porcelain"];
  if (request.dryRun) args.push("--dry-run");
  if (request.lease) args.push(`--force-with-lease=${request.lease.ref}:${request.lease.expected}`);
  args.push("--", request.remote, ...request.refspecs);
  const result = await git(request.repository, args, { signal: request.signal, env: request.auth.env, allowExitCodes: [1, 128] });
  const refs = refLines(result.stdout);
  const rejected = refs.filter((line) => line.flag === "!");
  if (rejected.length > 0) {
    const reasons = rejected.map((line) => `${line.ref}: ${rejectionReason(line.summary)}`).join("; ");
    throw new ActionFailure(`${label} refused the push (${reasons})`);
  }
  if (result.exitCode !== 0) throw new ActionFailure(`Could not push to ${label}: ${request.auth.scrub(gitErrorText(result))}`);
  const verb = request.dryRun ? "Dry-run push to" : "Pushed to";
  for (const line of refs) request.log(`${verb} ${label}: ${line.ref} ${line.summary}`);
}
