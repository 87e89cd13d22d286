import "server-only";
import type { EscalationContactRow } from "../queries/escalation-contacts";

/** The JSON shape of an escalation contact (docs/api.md). */
export function toEscalationContactDto(row: EscalationContactRow) {
  return { id: row.id, level: row.level, name: row.name, contact: row.contact, availability: row.availability };
}

export type EscalationContactDto = ReturnType<typeof toEscalationContactDto>;
