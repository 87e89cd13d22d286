import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "../config";

let cached: Buffer | undefined;

/**
 * The key for secrets at rest: REWIND_SECRETS_KEY, else `<data dir>/secrets.key`,
 * written once (mode 0600) on first use. It is never stored in the database, so
 * a database dump alone does not reveal any secret.
 */
export function secretsKey(): Buffer {
  if (cached) return cached;
  const settings = config();
  if (settings.REWIND_SECRETS_KEY) {
    cached = Buffer.from(settings.REWIND_SECRETS_KEY, "base64");
    return cached;
  }
  const file = path.join(settings.dataDir, "secrets.key");
  cached = readOrCreateKeyFile(file);
  return cached;
}

function readOrCreateKeyFile(file: string): Buffer {
  try {
    return decodeKey(readFileSync(file, "utf8"), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": when two processes race on first start, the loser reads the winner's key.
    writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return decodeKey(readFileSync(file, "utf8"), file);
}

function decodeKey(text: string, file: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
