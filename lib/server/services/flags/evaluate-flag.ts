import "server-only";
import { FLAG_KEY_PATTERN } from "@/lib/domain/flags/feature-flag";
import { evaluateFeatureFlag, type OfrepEvaluation } from "@/lib/domain/flags/ofrep";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { findFeatureFlagByKey } from "../../queries/feature-flags";

/** OFREP single evaluation: the flag's value now, or null for FLAG_NOT_FOUND (a key no flag could have included). */
export async function evaluateFlag(actor: Actor, key: string): Promise<OfrepEvaluation | null> {
  assertCan(actor, "services.read");
  if (!FLAG_KEY_PATTERN.test(key)) return null;
  const flag = await findFeatureFlagByKey(db(), key);
  return flag ? evaluateFeatureFlag(flag) : null;
}
