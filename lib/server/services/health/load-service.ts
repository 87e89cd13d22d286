import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Db } from "../../db/client";
import { findServiceByRef } from "../../queries/services";

export async function loadServiceByRef(db: Db, ref: string) {
  const service = await findServiceByRef(db, ref);
  if (!service) throw new AppError("not_found", "No service with this id or slug");
  return service;
}
