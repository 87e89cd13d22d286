/**
 * Runs the Prisma CLI against Rewind's database: DATABASE_URL when set,
 * otherwise the embedded Postgres (started for the command, or joined).
 * Usage: npm run prisma -- migrate dev --name add_incidents
 */
import { spawn } from "node:child_process";
import { config } from "@/lib/server/config";
import { openDatabase } from "@/lib/server/runtime/open-database";
import { logger } from "@/lib/server/observability/logger";

async function main(): Promise<void> {
  const database = await openDatabase(config(), logger);
  const cli = require.resolve("prisma/build/index.js");
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: "inherit",
    });
    child.on("close", resolve);
  });
  await database.stop();
  process.exit(code ?? 1);
}

void main();
