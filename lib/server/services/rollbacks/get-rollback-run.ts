import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { findRun, listRunLogs } from "../../queries/rollback-runs";
import { assertRunVisible } from "./load-run-for-command";
import { toRollbackRunDto, toStepLogDto } from "./rollback-run-dto";

export async function getRollbackRun(actor: Actor, runId: string) {
  assertCan(actor, "incidents.read");
  const run = await findRun(db(), runId);
  if (!run) throw new AppError("not_found", "No rollback run with this id");
  await assertRunVisible(db(), actor, run);
  return toRollbackRunDto(run);
}

/** The backlog a viewer loads before (and after each reconnect to) the live stream; `after` continues from a line id. */
export async function listRollbackRunLogs(actor: Actor, runId: string, after: string | undefined) {
  assertCan(actor, "incidents.read");
  const run = await findRun(db(), runId);
  if (!run) throw new AppError("not_found", "No rollback run with this id");
  await assertRunVisible(db(), actor, run);
  return (await listRunLogs(db(), runId, after === undefined ? null : BigInt(after))).map(toStepLogDto);
}
