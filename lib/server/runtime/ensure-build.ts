import "server-only";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Everything a production build is made from. */
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const STAMP_FILE = path.join(".next", "rewind-build-inputs.sha256");

/**
 * Runs `next build` when there is no build, or when the sources changed since
 * the last one (a hash of the build inputs is kept next to the build).
 */
export async function ensureProductionBuild(projectDir: string): Promise<"fresh" | "built"> {
  const digest = hashBuildInputs(projectDir);
  const stampPath = path.join(projectDir, STAMP_FILE);
  const buildId = path.join(projectDir, ".next", "BUILD_ID");
  if (existsSync(buildId) && existsSync(stampPath) && readFileSync(stampPath, "utf8") === digest) return "fresh";

  console.log("Building Rewind for production (first start or changed sources; about a minute)…");
  const nextCli = require.resolve("next/dist/bin/next");
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [nextCli, "build"], { cwd: projectDir, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  writeFileSync(stampPath, digest);
  return "built";
}

export function hashBuildInputs(projectDir: string): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of listFiles(path.join(projectDir, input))) {
      hash.update(path.relative(projectDir, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

function listFiles(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => entry.name !== "generated" && !entry.name.endsWith(".test.ts"))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => listFiles(path.join(target, entry.name)));
}
