import "server-only";
import { ESCALATION_LEVELS } from "@/lib/domain/incidents/time-budget";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { toEscalationContactDto } from "../dto/escalation-contact";
import { assertCan } from "../permissions/assert-can";
import { listEscalationContacts as listEscalationContactRows } from "../queries/escalation-contacts";

/** Every role reads the contacts: whoever is on an incident may need to escalate. */
export async function listEscalationContacts(actor: Actor) {
  assertCan(actor, "incidents.read");
  const rows = await listEscalationContactRows(db());
  // Along the escalation path (team lead first); the sort is stable, so rows keep their order within a level.
  return rows.map(toEscalationContactDto).sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

function levelRank(level: string): number {
  const rank = (ESCALATION_LEVELS as readonly string[]).indexOf(level);
  return rank === -1 ? ESCALATION_LEVELS.length : rank;
}
