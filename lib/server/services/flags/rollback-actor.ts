import "server-only";
import { SYSTEM_ACTOR, type Actor } from "../../auth/caller";

/** Which rollback step made a change: recorded in the audit payload, since a system actor has no user or token row. */
export type RunReference = { runId: string | null; startedBy: string | null; step: string };

/**
 * The actor of a rollback step's own writes: Rewind itself, named after the
 * run and the person who started it ("Rewind rollback run 7f3… for Dana").
 */
export function rollbackActor(variables: Record<string, string>): Actor {
  const runId = variables["run.id"];
  const startedBy = variables["actor.name"];
  return { ...SYSTEM_ACTOR, name: `Rewind rollback${runId ? ` run ${runId}` : ""}${startedBy ? ` for ${startedBy}` : ""}` };
}

export function runReference(context: { variables: Record<string, string>; idempotencyKey: string }): RunReference {
  return { runId: context.variables["run.id"] ?? null, startedBy: context.variables["actor.name"] ?? null, step: context.idempotencyKey };
}
