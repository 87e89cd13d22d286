import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { UpdateRunbookScriptInput } from "@/lib/domain/schemas/runbook-scripts";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findRunbookScriptRow, updateRunbookScriptAtVersion } from "../../queries/runbook-scripts";
import { commitWithAuditEvent } from "../record-audit-event";
import { toRunbookScriptDto } from "./runbook-script-dto";

export async function updateRunbookScript(actor: Actor, scriptId: string, input: UpdateRunbookScriptInput, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findRunbookScriptRow(tx, scriptId);
    if (!before) throw new AppError("not_found", "No runbook script with this id");
    const { version, ...fields } = input;
    const row = await updateRunbookScriptAtVersion(tx, scriptId, version, { ...fields, description: fields.description ?? null });
    if (!row) throw new AppError("conflict", "Someone changed this script first; here is its current state", { extra: { current: toRunbookScriptDto(before) } });
    return { result: row, audit: { action: "runbook_script.updated", targetType: "runbook_script", targetId: row.id, payload: { name: row.name, argv: fields.argv } } };
  });
  return toRunbookScriptDto(row);
}
