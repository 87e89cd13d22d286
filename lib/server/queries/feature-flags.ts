import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

const featureFlagFields = {
  id: true,
  key: true,
  description: true,
  enabled: true,
  onValue: true,
  offValue: true,
  killSwitch: true,
  sets: true,
  version: true,
  updatedBy: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type FeatureFlagData = {
  key: string;
  description: string | null;
  enabled: boolean;
  onValue: Prisma.InputJsonValue;
  offValue: Prisma.InputJsonValue;
  killSwitch: boolean;
  sets: string[];
  updatedBy: string;
};

export type FeatureFlagChange = Partial<Omit<FeatureFlagData, "key" | "updatedBy">> & { updatedBy: string };

export function listFeatureFlags(db: Db) {
  return db.featureFlag.findMany({ orderBy: { key: "asc" }, select: featureFlagFields });
}

export function findFeatureFlagByKey(db: Db, key: string) {
  return db.featureFlag.findUnique({ where: { key }, select: featureFlagFields });
}

export type FeatureFlagRow = NonNullable<Awaited<ReturnType<typeof findFeatureFlagByKey>>>;

export function listFeatureFlagsInSet(db: Db, set: string) {
  return db.featureFlag.findMany({ where: { sets: { has: set } }, orderBy: { key: "asc" }, select: featureFlagFields });
}

export function insertFeatureFlag(db: Db, data: FeatureFlagData) {
  return db.featureFlag.create({ data, select: featureFlagFields });
}

/** Optimistic: matches only the version the caller read; null means someone changed it first. */
export async function updateFeatureFlagAtVersion(db: Db, key: string, version: number, change: FeatureFlagChange) {
  const { count } = await db.featureFlag.updateMany({ where: { key, version }, data: { ...change, version: { increment: 1 } } });
  return count === 1 ? findFeatureFlagByKey(db, key) : null;
}

/** Sets the state whatever the version (rollback steps and kill switches); null when it already was. */
export async function setFeatureFlagEnabledRow(db: Db, key: string, enabled: boolean, updatedBy: string) {
  const { count } = await db.featureFlag.updateMany({ where: { key, enabled: !enabled }, data: { enabled, updatedBy, version: { increment: 1 } } });
  return count === 1 ? findFeatureFlagByKey(db, key) : null;
}

/** One statement, so a set goes off at once: the flags that were on, as they are now. */
export function turnOffEnabledFlagsInSet(db: Db, set: string, updatedBy: string) {
  return db.featureFlag.updateManyAndReturn({ where: { sets: { has: set }, enabled: true }, data: { enabled: false, updatedBy, version: { increment: 1 } }, select: featureFlagFields });
}

export function deleteFeatureFlagRow(db: Db, key: string) {
  return db.featureFlag.delete({ where: { key }, select: featureFlagFields });
}
