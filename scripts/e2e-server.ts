/**
 * The server Playwright starts: a production build on a fresh embedded
 * database (the previous run's data directory is wiped first).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureProductionBuild } from "@/lib/server/runtime/ensure-build";
import { startRewind } from "@/lib/server/runtime/start-rewind";

async function main(): Promise<void> {
  const projectDir = path.resolve(__dirname, "..");
  const dataDir = process.env.REWIND_DATA_DIR;
  if (!dataDir || !dataDir.includes("e2e")) throw new Error("e2e-server wipes REWIND_DATA_DIR, which must be an e2e directory");
  rmSync(path.resolve(projectDir, dataDir), { recursive: true, force: true });
  await ensureProductionBuild(projectDir);
  (process.env as Record<string, string>).NODE_ENV = "production";
  await startRewind({ dev: false, projectDir });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
