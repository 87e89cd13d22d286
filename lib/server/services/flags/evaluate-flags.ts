import "server-only";
import { createHash } from "node:crypto";
import { evaluateFeatureFlag, type OfrepEvaluation } from "@/lib/domain/flags/ofrep";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { listFeatureFlags } from "../../queries/feature-flags";

/**
 * OFREP bulk evaluation: every flag, with an entity tag of the answer itself.
 * Rewind's flags ignore the context, so equal answers share a tag and a
 * client polling with If-None-Match gets 304 until any flag changes.
 */
export async function evaluateFlags(actor: Actor): Promise<{ flags: OfrepEvaluation[]; etag: string }> {
  assertCan(actor, "services.read");
  const flags = (await listFeatureFlags(db())).map(evaluateFeatureFlag);
  const etag = `"${createHash("sha256").update(JSON.stringify(flags)).digest("base64url").slice(0, 27)}"`;
  return { flags, etag };
}
