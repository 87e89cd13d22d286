import { defineConfig, devices } from "@playwright/test";
import { E2E_SERVER } from "./e2e/support/e2e-environment";

/**
 * End-to-end tests: the real server (production build, embedded Postgres in
 * .data/e2e, wiped at start), driven through Debian's Chromium.
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: ".data/test-results/e2e-artifacts",
  reporter: [["list"], ["json", { outputFile: ".data/test-results/e2e.json" }]],
  use: {
    baseURL: E2E_SERVER.baseUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "node --require ./scripts/server-only-shim.cjs --import tsx scripts/e2e-server.ts",
    url: `${E2E_SERVER.baseUrl}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // Ctrl-C semantics, so the server stops its embedded Postgres cleanly.
    gracefulShutdown: { signal: "SIGINT", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: E2E_SERVER.env,
  },
});
