import "server-only";
import type { UpdateIncidentInput } from "@/lib/domain/schemas/incidents";
import type { Actor } from "../auth/caller";
import { db, type Db } from "../db/client";
import { toIncidentDto } from "../dto/incident";
import { assertCan } from "../permissions/assert-can";
import { loadVisibleIncident } from "../permissions/incident-access";
import { setParticipantRole, upsertParticipant } from "../queries/incident-participants";
import { findIncidentByIdOrThrow, updateIncidentIfVersion, type IncidentRow } from "../queries/incidents";
import { assertCurrentVersion, loadCommanderCandidate, staleVersionError } from "./incident-guards";
import { publishIncidentChange } from "./publish-incident-change";
import { recordTimelineEvent } from "./record-timeline-event";

type EditableFields = Omit<UpdateIncidentInput, "version">;
type EditableField = keyof EditableFields;
const EDITABLE_FIELDS = ["title", "summary", "severity", "commanderId", "private", "mitigation"] as const satisfies readonly EditableField[];

/**
 * Edits title, summary, severity, commander, privacy or mitigation. The body names the
 * `version` it was based on; a stale one is a 409. A request that changes
 * nothing answers with the incident as it is and writes nothing.
 */
export async function updateIncident(actor: Actor, ref: string, input: UpdateIncidentInput) {
  assertCan(actor, "incidents.command");
  const result = await db().$transaction(async (tx) => {
    const before = await loadVisibleIncident(tx, actor, ref);
    assertCurrentVersion(before, input.version);
    const changes = changedFields(before, input);
    if (Object.keys(changes).length === 0) return { incident: before, event: null };
    if (changes.commanderId) await loadCommanderCandidate(tx, changes.commanderId);
    if (!(await updateIncidentIfVersion(tx, before.id, input.version, changes))) throw staleVersionError();
    if (changes.commanderId !== undefined) await handOverCommand(tx, before, changes.commanderId);
    const incident = await findIncidentByIdOrThrow(tx, before.id);
    const fields = Object.keys(changes) as EditableField[];
    const event = await recordTimelineEvent(tx, actor, incident.id, {
      kind: "incident.updated",
      summary: `${actor.name} changed the ${fields.join(", ")} of INC-${incident.number}`,
      payload: { changes, previous: Object.fromEntries(fields.map((field) => [field, currentValue(before, field)])) },
    });
    return { incident, event };
  });
  if (result.event) await publishIncidentChange(result.incident, [result.event], { narrowedVisibility: input.private === true });
  return toIncidentDto(result.incident);
}

/** Only the fields that differ from what is stored: the event records real changes. */
function changedFields(before: IncidentRow, input: UpdateIncidentInput): Partial<EditableFields> {
  const changes: Partial<Record<EditableField, EditableFields[EditableField]>> = {};
  for (const field of EDITABLE_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== currentValue(before, field)) changes[field] = value;
  }
  return changes as Partial<EditableFields>;
}

function currentValue(incident: IncidentRow, field: EditableField): string | boolean | null {
  return field === "commanderId" ? (incident.commander?.id ?? null) : incident[field];
}

/** The new commander takes part (so a private incident stays visible to them); the previous one stays on as a responder. */
async function handOverCommand(tx: Db, before: IncidentRow, newCommanderId: string | null): Promise<void> {
  const previousCommanderId = before.commander?.id ?? null;
  if (previousCommanderId) await setParticipantRole(tx, { incidentId: before.id, userId: previousCommanderId, role: "responder" });
  if (newCommanderId) await upsertParticipant(tx, { incidentId: before.id, userId: newCommanderId, role: "commander" });
}
