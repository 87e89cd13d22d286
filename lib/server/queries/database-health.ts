import "server-only";
import type { Db } from "../db/client";

export function pingDatabase(db: Db) {
  return db.$queryRaw`SELECT 1`;
}
