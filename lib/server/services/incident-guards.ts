import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { can } from "@/lib/domain/permissions";
import type { Db } from "../db/client";
import { findUserById, type PublicUser } from "../queries/users";

/** Optimistic concurrency: the caller must have seen the incident as it is now. */
export function assertCurrentVersion(incident: { version: number }, seenVersion: number): void {
  if (incident.version !== seenVersion) throw staleVersionError(incident.version);
}

export function staleVersionError(currentVersion?: number): AppError {
  const now = currentVersion === undefined ? "has changed" : `is now at version ${currentVersion}`;
  return new AppError("conflict", `Someone else changed this incident first: it ${now}. Reload and try again.`, {
    details: [{ field: "version", message: "is stale" }],
  });
}

/** A person named in a request body (participant, commander) must exist and be able to sign in. */
export async function loadActiveUser(tx: Db, userId: string, field: string): Promise<PublicUser> {
  const user = await findUserById(tx, userId);
  if (!user || user.disabledAt) throw new AppError("bad_request", `No active user with the id given as ${field}`, { details: [{ field, message: "is not an active user" }] });
  return user;
}

/** An incident commander runs the decision and the rollback, so needs the commander role. */
export async function loadCommanderCandidate(tx: Db, userId: string): Promise<PublicUser> {
  const user = await loadActiveUser(tx, userId, "commanderId");
  if (!can(user.role, "incidents.command")) {
    throw new AppError("bad_request", `${user.name} cannot command incidents (role ${user.role})`, {
      details: [{ field: "commanderId", message: "needs the commander or admin role" }],
    });
  }
  return user;
}
