import "server-only";
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";

const publicTokenFields = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

export function findActiveTokenByHash(db: Db, tokenHash: string, now: Date) {
  return db.apiToken.findFirst({
    where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true, name: true, role: true, createdById: true, lastUsedAt: true },
  });
}

export function findTokenById(db: Db, id: string) {
  return db.apiToken.findUnique({ where: { id }, select: publicTokenFields });
}

export function listTokens(db: Db) {
  return db.apiToken.findMany({ orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }], select: publicTokenFields });
}

export function insertToken(db: Db, data: { name: string; role: Role; tokenHash: string; prefix: string; createdById: string | null; expiresAt: Date | null }) {
  return db.apiToken.create({ data, select: publicTokenFields });
}

export function markTokenRevoked(db: Db, id: string, at: Date) {
  return db.apiToken.update({ where: { id }, data: { revokedAt: at }, select: publicTokenFields });
}

/** Only when the last mark is older than a minute: one write per token per minute, not per request. */
export function touchTokenLastUsed(db: Db, id: string, at: Date) {
  return db.apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - 60_000) } }] },
    data: { lastUsedAt: at },
  });
}

export type PublicApiToken = NonNullable<Awaited<ReturnType<typeof findTokenById>>>;
