import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { CreateRunbookScriptInput } from "@/lib/domain/schemas/runbook-scripts";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { findRunbookScriptByName, insertRunbookScriptRow } from "../../queries/runbook-scripts";
import { commitWithAuditEvent } from "../record-audit-event";
import { toRunbookScriptDto } from "./runbook-script-dto";

export async function createRunbookScript(actor: Actor, input: CreateRunbookScriptInput, requestId: string | null) {
  assertCan(actor, "runbooks.manage");
  const row = await commitWithAuditEvent(actor, requestId, async (tx) => {
    if (await findRunbookScriptByName(tx, input.name)) throw new AppError("conflict", `A script named ${input.name} exists`, { details: [{ field: "name", message: "is taken" }] });
    const row = await insertRunbookScriptRow(tx, { ...input, description: input.description ?? null });
    return { result: row, audit: { action: "runbook_script.created", targetType: "runbook_script", targetId: row.id, payload: { name: row.name, argv: input.argv } } };
  });
  return toRunbookScriptDto(row);
}
