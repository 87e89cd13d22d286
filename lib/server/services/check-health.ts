import "server-only";
import { db } from "../db/client";
import { pingDatabase } from "../queries/database-health";

const DATABASE_TIMEOUT_MS = 2000;

/** Rewind's own health: is the database answering, and how fast. */
export async function checkHealth() {
  const startedAt = performance.now();
  const database = await Promise.race([
    pingDatabase(db())
      .then(() => ({ status: "up" as const, latencyMs: Math.round((performance.now() - startedAt) * 10) / 10 }))
      .catch(() => ({ status: "down" as const, latencyMs: null })),
    new Promise<{ status: "down"; latencyMs: null }>((resolve) => setTimeout(() => resolve({ status: "down", latencyMs: null }), DATABASE_TIMEOUT_MS).unref()),
  ]);
  return {
    status: database.status === "up" ? ("ok" as const) : ("unavailable" as const),
    database,
    instance: process.env.REWIND_INSTANCE_ID ?? null,
    version: process.env.npm_package_version ?? null,
    uptimeSeconds: Math.round(process.uptime()),
    time: new Date().toISOString(),
  };
}
