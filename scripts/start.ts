/**
 * `npm start`: builds the production app when needed, then starts Rewind.
 * `npm run dev`: the same server with Next.js in development mode (hot reload), on the same data.
 */
import path from "node:path";
import { logger } from "@/lib/server/observability/logger";
import { ensureProductionBuild } from "@/lib/server/runtime/ensure-build";
import { startRewind } from "@/lib/server/runtime/start-rewind";

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const projectDir = path.resolve(__dirname, "..");
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!dev) await ensureProductionBuild(projectDir);
  (process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
  await startRewind({ dev, projectDir });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "Rewind failed to start");
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
