import { describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/server/db/client";
import { checkHealth } from "./check-health";

describe("Rewind's own health", () => {
  it("reports ok with the database latency while the database answers", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.database.status).toBe("up");
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports unavailable, without throwing, when the database cannot be reached", async () => {
    const workingUrl = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:1/unreachable";
    try {
      const health = await checkHealth();
      expect(health).toMatchObject({ status: "unavailable", database: { status: "down", latencyMs: null } });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = workingUrl;
    }
  });
});
