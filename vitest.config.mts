import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run outside Next.js: the `server-only` marker loads as its empty variant.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    env: { LOG_LEVEL: "silent", NODE_ENV: "test" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts"], exclude: ["**/*.integration.test.ts", "node_modules/**"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts"],
          globalSetup: ["lib/testing/integration-global-setup.ts"],
          setupFiles: ["lib/testing/integration-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
