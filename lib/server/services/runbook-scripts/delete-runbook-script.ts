import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { deleteRunbookScriptRow, findPlansUsingScript, findRunbookScriptRow } from "../../queries/runbook-scripts";
import { commitWithAuditEvent } from "../record-audit-event";

export async function deleteRunbookScript(actor: Actor, scriptId: string, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  await commitWithAuditEvent(actor, requestId, async (tx) => {
    const row = await findRunbookScriptRow(tx, scriptId);
    if (!row) throw new AppError("not_found", "No runbook script with this id");
    const plans = await findPlansUsingScript(tx, scriptId);
    if (plans.length > 0) throw new AppError("conflict", `Rollback plans run this script: ${plans.map((plan) => plan.name).join(", ")}. Change them first.`, { extra: { plans } });
    await deleteRunbookScriptRow(tx, scriptId);
    return { result: undefined, audit: { action: "runbook_script.deleted", targetType: "runbook_script", targetId: row.id, payload: { name: row.name } } };
  });
}
