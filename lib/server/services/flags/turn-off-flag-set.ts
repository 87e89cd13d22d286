import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { listFeatureFlagsInSet, turnOffEnabledFlagsInSet } from "../../queries/feature-flags";
import { commitWithAuditEvent } from "../record-audit-event";
import { toFeatureFlagDto } from "./feature-flag-dto";
import { publishFlagChanges } from "./publish-flag-changes";
import type { RunReference } from "./rollback-actor";

/**
 * The seeds' "Emergency rollback": every flag of a set to its safe state
 * (off) in one statement of one transaction, so applications never see half
 * a set. A commander may do it. One audit event records the whole act and
 * lists each flag it turned off with its new version: the audit log then
 * reads as what happened, one emergency, rather than as N edits.
 */
export async function turnOffFlagSet(actor: Actor, set: string, requestId: string | null, via?: RunReference) {
  assertCan(actor, "rollbacks.run");
  const { turnedOff, alreadyOff } = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const members = await listFeatureFlagsInSet(tx, set);
    if (members.length === 0) throw new AppError("not_found", `No feature flag is in set ${set}`);
    const turnedOff = await turnOffEnabledFlagsInSet(tx, set, actor.name);
    const turnedOffKeys = new Set(turnedOff.map((flag) => flag.key));
    const alreadyOff = members.filter((flag) => !turnedOffKeys.has(flag.key)).map((flag) => flag.key);
    const payload = { set, turnedOff: turnedOff.map((flag) => ({ id: flag.id, key: flag.key, version: flag.version })), alreadyOff, ...(via ? { via } : {}) };
    return { result: { turnedOff, alreadyOff }, audit: { action: "feature_flag_set.turned_off", targetType: "feature_flag_set", targetId: set, payload } };
  });
  const flags = turnedOff.map(toFeatureFlagDto).sort((a, b) => a.key.localeCompare(b.key));
  publishFlagChanges(flags);
  return { set, turnedOff: flags, alreadyOff };
}
