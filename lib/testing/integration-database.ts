import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/server/db/client";
import { createDatabaseFromTemplate } from "./integration-global-setup";

/**
 * Runs before each integration test file: a fresh, migrated database of its
 * own, so files never see each other's rows and can run in parallel.
 */
const databaseName = `test_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createDatabaseFromTemplate(inject("postgresPort"), databaseName);
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

afterAll(async () => {
  await disconnectDb();
});
