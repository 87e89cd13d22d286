import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { db } from "../db/client";
import { findActiveTokenByHash, touchTokenLastUsed } from "../queries/api-tokens";
import { findUserById } from "../queries/users";
import { bearerToken, hashApiTokenSecret } from "./api-token-secret";
import type { Caller } from "./caller";
import { sessionUserId } from "./session-cookie";

type CredentialHeaders = { authorization?: string | null; cookie?: string | null };

/**
 * Resolves the caller from an `Authorization: Bearer` API token or the session
 * cookie. A bearer token that is present but invalid is an error (401), never
 * a silent fall-back to the cookie. Roles are read from the database on every
 * call, so a role change or a disabled account takes effect at once.
 */
export async function resolveCaller(headers: CredentialHeaders): Promise<Caller | null> {
  const secret = bearerToken(headers.authorization);
  if (headers.authorization) {
    if (!secret) throw new AppError("unauthorized", "The Authorization header must be `Bearer <token>`");
    return resolveTokenCaller(secret);
  }
  const userId = await sessionUserId(headers.cookie);
  return userId ? resolveUserCaller(userId) : null;
}

export async function resolveTokenCaller(secret: string): Promise<Caller> {
  const now = new Date();
  const token = await findActiveTokenByHash(db(), hashApiTokenSecret(secret), now);
  if (!token) throw new AppError("unauthorized", "The API token is invalid, expired or revoked");
  await touchTokenLastUsed(db(), token.id, now);
  return { kind: "token", tokenId: token.id, userId: token.createdById, role: token.role, name: token.name, email: null };
}

export async function resolveUserCaller(userId: string): Promise<Caller | null> {
  const user = await findUserById(db(), userId);
  if (!user || user.disabledAt) return null;
  return { kind: "user", userId: user.id, tokenId: null, role: user.role, name: user.name, email: user.email };
}
