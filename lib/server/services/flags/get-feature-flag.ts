import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { findFeatureFlagByKey } from "../../queries/feature-flags";
import { toFeatureFlagDto } from "./feature-flag-dto";

export async function getFeatureFlag(actor: Actor, key: string) {
  assertCan(actor, "services.read");
  const flag = await findFeatureFlagByKey(db(), key);
  if (!flag) throw new AppError("not_found", `No feature flag ${key}`);
  return toFeatureFlagDto(flag);
}
