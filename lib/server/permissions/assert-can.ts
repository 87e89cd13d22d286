import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { can, minimumRoleFor, type Permission } from "@/lib/domain/permissions";
import type { Actor } from "../auth/caller";

/** Use-cases call this first: the role rules themselves live in lib/domain/permissions. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError("forbidden", `This needs the ${minimumRoleFor(permission)} role; you are ${actor.role}`);
  }
}
