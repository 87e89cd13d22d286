/**
 * `npm test`: everything a change must pass, in order, hiding no failure:
 * typecheck, lint, unit tests, integration tests (real Postgres), the
 * production build, and e2e tests in Chromium against the real server.
 * Every step runs even after a failure, and the last line counts the tests.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureProductionBuild } from "@/lib/server/runtime/ensure-build";

const projectDir = path.resolve(__dirname, "..");
const resultsDir = path.join(projectDir, ".data", "test-results");
const bin = (name: string) => path.join(projectDir, "node_modules", ".bin", name);

type StepResult = { passed: number; failed: number; ok: boolean };
type Step = { name: string; run: () => Promise<StepResult> };

const steps: Step[] = [
  { name: "typecheck", run: () => check(bin("tsc"), ["--noEmit"]) },
  { name: "lint", run: () => check(bin("eslint"), ["--max-warnings", "0", "."]) },
  { name: "unit tests", run: () => vitest("unit") },
  { name: "integration tests", run: integrationTests },
  { name: "production build", run: async () => (await ensureProductionBuild(projectDir), { passed: 0, failed: 0, ok: true }) },
  { name: "e2e tests", run: playwright },
];

async function main(): Promise<number> {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const summary: Array<{ name: string; result: StepResult; seconds: number }> = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    const startedAt = Date.now();
    const result = await step.run().catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return { passed: 0, failed: 0, ok: false };
    });
    summary.push({ name: step.name, result, seconds: Math.round((Date.now() - startedAt) / 1000) });
  }

  console.log("\nSummary");
  for (const { name, result, seconds } of summary) {
    const counts = result.passed + result.failed > 0 ? ` (${result.passed} passed, ${result.failed} failed)` : "";
    console.log(`  ${result.ok ? "✔" : "✘"} ${name}${counts} ${seconds}s`);
  }
  const passed = summary.reduce((total, { result }) => total + result.passed, 0);
  // A failed step with no test counts of its own (typecheck, lint, build) still counts as one failure.
  const failed = summary.reduce((total, { result }) => total + (result.failed || (result.ok ? 0 : 1)), 0);
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectDir, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function check(command: string, args: string[]): Promise<StepResult> {
  const ok = (await run(command, args)) === 0;
  return { passed: 0, failed: 0, ok };
}

async function vitest(project: "unit" | "integration"): Promise<StepResult> {
  const outputFile = path.join(resultsDir, `${project}.json`);
  const code = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(outputFile);
  const failed = report?.numFailedTests ?? 0;
  return { passed: report?.numPassedTests ?? 0, failed, ok: code === 0 && failed === 0 };
}

async function integrationTests(): Promise<StepResult> {
  // Without Prometheus only its own tests fail (saying why); the others still run and count.
  await ensurePrometheus().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
  await ensureDebianPostgres().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
  return vitest("integration");
}

async function playwright(): Promise<StepResult> {
  await ensureChromium();
  const code = await run(bin("playwright"), ["test"]);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(path.join(resultsDir, "e2e.json"));
  const stats = report?.stats ?? { expected: 0, unexpected: 0, flaky: 0 };
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, ok: code === 0 };
}

/** Debian's Chromium (Playwright cannot download browsers here); installed with apt-get when we are root. */
async function ensureChromium(): Promise<void> {
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(executable)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${executable}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  }
  console.log("Chromium is missing; installing Debian's chromium package with apt-get…");
  await aptInstall("chromium");
}

/** Debian's Prometheus, which integration tests run against the sandbox fleet; installed with apt-get when we are root. */
async function ensurePrometheus(): Promise<void> {
  const executable = process.env.PROMETHEUS_PATH ?? "/usr/bin/prometheus";
  if (existsSync(executable)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Prometheus is missing at ${executable}. Install it with \`sudo apt-get install -y prometheus\` (Debian/Ubuntu), or point PROMETHEUS_PATH at a Prometheus 2 binary.`);
  }
  console.log("Prometheus is missing; installing Debian's prometheus package with apt-get…");
  await aptInstall("prometheus");
}

/**
 * Debian's PostgreSQL: the postgres rollback actions are tested against a real
 * server whose pg_dump matches it (Rewind's embedded Postgres 18 is newer than
 * Debian's client tools, and pg_dump refuses newer servers).
 */
async function ensureDebianPostgres(): Promise<void> {
  if (process.env.PG_BIN_DIR || existsSync("/usr/lib/postgresql")) return;
  if (process.getuid?.() !== 0) {
    throw new Error("PostgreSQL's server and client tools are missing. Install them with `sudo apt-get install -y postgresql` (Debian/Ubuntu), or point PG_BIN_DIR at a PostgreSQL bin directory.");
  }
  console.log("PostgreSQL is missing; installing Debian's postgresql package with apt-get…");
  await aptInstall("postgresql");
}

async function aptInstall(debianPackage: string): Promise<void> {
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if ((await run("apt-get", ["update", "-qq"], env)) !== 0 || (await run("apt-get", ["install", "-y", "-qq", debianPackage], env)) !== 0) {
    throw new Error(`apt-get could not install ${debianPackage}`);
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

main().then((code) => process.exit(code));
