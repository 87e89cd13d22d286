import "server-only";
import type { findSecretRow } from "../../queries/secrets";

type SecretRow = NonNullable<Awaited<ReturnType<typeof findSecretRow>>>;

/** A secret as the API shows it: never its value. */
export function toSecretDto(row: SecretRow) {
  return { id: row.id, name: row.name, description: row.description, version: row.version, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
export type SecretDto = ReturnType<typeof toSecretDto>;
