import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { listFeatureFlags as listFeatureFlagRows } from "../../queries/feature-flags";
import { toFeatureFlagDto } from "./feature-flag-dto";

export async function listFeatureFlags(actor: Actor) {
  assertCan(actor, "services.read");
  return (await listFeatureFlagRows(db())).map(toFeatureFlagDto);
}
