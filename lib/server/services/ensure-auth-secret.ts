import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { getOrCreateSetting } from "../queries/app-settings";

/**
 * The key that signs session cookies. Configured NEXTAUTH_SECRET wins;
 * otherwise one is generated on first start and kept in the database, so
 * sessions survive restarts and every instance signs with the same key.
 */
export async function ensureAuthSecret(configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return getOrCreateSetting(db(), "auth.session_secret", randomBytes(32).toString("base64url"));
}
