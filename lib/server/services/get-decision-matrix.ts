import "server-only";
import { DECISION_MATRIX } from "@/lib/domain/decisions/decision-matrix";
import { alternativesTo } from "@/lib/domain/decisions/recommend";
import type { Actor } from "../auth/caller";
import { assertCan } from "../permissions/assert-can";

/** GET /decision-matrix: the seeds' matrix rows and the lighter procedures' guidance, with labels. */
export function getDecisionMatrix(actor: Actor) {
  assertCan(actor, "incidents.read");
  return { rows: DECISION_MATRIX, alternatives: alternativesTo(undefined) };
}
