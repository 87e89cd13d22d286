import "server-only";
import { spawn } from "node:child_process";
import type { Logger } from "pino";

/**
 * Applies pending migrations with `prisma migrate deploy` (which takes an
 * advisory lock, so several instances starting together are safe).
 */
export async function migrateDatabase(url: string, logger: Logger): Promise<void> {
  const startedAt = Date.now();
  const cli = require.resolve("prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output.join("")}`);
  const applied = output.join("").match(/applied|No pending migrations/gi)?.length ?? 0;
  logger.info({ ms: Date.now() - startedAt, applied }, "database migrated");
}
