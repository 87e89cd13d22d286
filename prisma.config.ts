import "./prisma/pg-catalog-oid-shim";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The WebAssembly schema engine and a driver adapter let every Prisma command
// run offline (no native engine download). See docs/architecture.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL must be set for Prisma commands (npm run db -- <command> sets it for the embedded database)");
    return new PrismaPg({ connectionString });
  },
});
