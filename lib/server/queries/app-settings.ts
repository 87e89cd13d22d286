import "server-only";
import type { Db } from "../db/client";

/** Stores `value` unless the key already has one, and returns the stored value (first writer wins). */
export async function getOrCreateSetting(db: Db, key: string, value: string): Promise<string> {
  await db.appSetting.createMany({ data: [{ key, value }], skipDuplicates: true });
  const stored = await db.appSetting.findUniqueOrThrow({ where: { key } });
  return stored.value;
}

export async function readSetting(db: Db, key: string): Promise<string | null> {
  return (await db.appSetting.findUnique({ where: { key } }))?.value ?? null;
}

export function writeSetting(db: Db, key: string, value: string) {
  return db.appSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
