import "server-only";
import type { DecisionTree } from "@/lib/domain/decisions/decision-tree";
import { SEED_DECISION_TREE } from "@/lib/domain/decisions/seed-tree";
import type { DecisionTreeKey } from "@/lib/domain/schemas/decisions";
import type { Actor } from "../auth/caller";
import { db, type Db } from "../db/client";
import { toDecisionTreeDto } from "../dto/decision";
import { assertCan } from "../permissions/assert-can";
import { findLatestDecisionTreeVersion, insertDecisionTreeVersionUnlessTaken, listDecisionTreeVersions, type DecisionTreeVersionRow } from "../queries/decision-trees";

const SEED_TREES: Record<DecisionTreeKey, DecisionTree> = { default: SEED_DECISION_TREE };

/** GET /decision-trees/{key}: the active version and the list of all versions. */
export async function getActiveDecisionTree(actor: Actor, key: DecisionTreeKey) {
  assertCan(actor, "incidents.read");
  const tree = await ensureActiveDecisionTree(db(), key);
  const versions = await listDecisionTreeVersions(db(), key);
  return { tree: toDecisionTreeDto(tree), versions: versions.map(({ version, createdAt }) => ({ version, createdAt: createdAt.toISOString() })) };
}

/**
 * The highest version of the tree. On first use there is none: the seed tree
 * becomes version 1. Concurrent first uses (several instances, two requests)
 * insert it once, because the insert skips an existing (key, version).
 */
export async function ensureActiveDecisionTree(tx: Db, key: DecisionTreeKey = "default"): Promise<DecisionTreeVersionRow> {
  const latest = await findLatestDecisionTreeVersion(tx, key);
  if (latest) return latest;
  await insertDecisionTreeVersionUnlessTaken(tx, { key, version: 1, content: SEED_TREES[key], createdById: null });
  const seeded = await findLatestDecisionTreeVersion(tx, key);
  if (!seeded) throw new Error(`Decision tree "${key}" has no version after seeding it`);
  return seeded;
}
