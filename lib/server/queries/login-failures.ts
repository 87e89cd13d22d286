import "server-only";
import type { Db } from "../db/client";

export function countRecentFailures(db: Db, keys: string[], since: Date) {
  return db.loginFailure.groupBy({ by: ["key"], where: { key: { in: keys }, createdAt: { gte: since } }, _count: { _all: true } });
}

export function oldestRecentFailure(db: Db, key: string, since: Date) {
  return db.loginFailure.findFirst({ where: { key, createdAt: { gte: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
}

export function insertFailures(db: Db, keys: string[]) {
  return db.loginFailure.createMany({ data: keys.map((key) => ({ key })) });
}

export function deleteFailures(db: Db, key: string) {
  return db.loginFailure.deleteMany({ where: { key } });
}

export function deleteFailuresBefore(db: Db, before: Date) {
  return db.loginFailure.deleteMany({ where: { createdAt: { lt: before } } });
}
