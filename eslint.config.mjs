import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Imports each layer may not make: the map in docs/architecture.md, enforced. */
const restrict = (patterns) => ["error", { patterns }];
const SERVER = { group: ["@/lib/server/*", "**/lib/server/*"], message: "Server code stays on the server: call an API route or receive props." };
const PRISMA_CLIENT = { group: ["**/db/generated/*", "@prisma/*"], message: "Prisma lives in lib/server/queries (and db/)." };

const config = [
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "lib/server/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": restrict([
        { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "pg", "socket.io", "@/lib/server/*", "@/lib/client/*", "@/components/*", "../server/*", "../client/*"], message: "lib/domain is pure TypeScript: zod and itself only." },
      ]),
    },
  },
  {
    files: ["components/**", "lib/client/**"],
    rules: { "no-restricted-imports": restrict([SERVER, PRISMA_CLIENT]) },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": restrict([
        PRISMA_CLIENT,
        { group: ["@/lib/server/queries/*", "@/lib/server/db/*"], message: "Route handlers and pages call a service, not queries or the database." },
      ]),
    },
  },
  {
    files: ["lib/server/queries/**", "lib/server/permissions/**", "lib/server/realtime/**", "lib/server/db/**"],
    // Socket handlers are entry points, like route handlers: they call one service each.
    ignores: ["**/*.test.ts", "lib/server/realtime/handlers/**"],
    rules: {
      "no-restricted-imports": restrict([{ group: ["**/services/*", "@/lib/server/services/*"], message: "Lower layers do not call services." }]),
    },
  },
];

export default config;
