import "server-only";
import type { Db } from "../db/client";

/** Active users who may run rollbacks: the people an automatic rollback tells. */
export function listActiveCommanderIds(db: Db) {
  return db.user.findMany({ where: { disabledAt: null, role: { in: ["commander", "admin"] } }, select: { id: true } });
}
