import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { listRunbookScriptRows } from "../../queries/runbook-scripts";
import { toRunbookScriptDto } from "./runbook-script-dto";

export async function listRunbookScripts(actor: Actor) {
  assertCan(actor, "runbooks.manage");
  return (await listRunbookScriptRows(db())).map(toRunbookScriptDto);
}
