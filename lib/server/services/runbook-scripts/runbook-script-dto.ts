import "server-only";
import type { ValueOrSecret } from "@/lib/domain/rollback/secret-ref";
import type { RunbookScriptDefinition } from "../../integrations/rollback/action-executor";
import type { findRunbookScriptRow } from "../../queries/runbook-scripts";

type RunbookScriptRow = NonNullable<Awaited<ReturnType<typeof findRunbookScriptRow>>>;

export function toRunbookScriptDefinition(row: RunbookScriptRow): RunbookScriptDefinition {
  return {
    id: row.id,
    name: row.name,
    argv: row.argv as string[],
    workingDirectory: row.workingDirectory,
    env: row.env as Record<string, ValueOrSecret>,
    timeoutSeconds: row.timeoutSeconds,
  };
}

export function toRunbookScriptDto(row: RunbookScriptRow) {
  return { ...toRunbookScriptDefinition(row), description: row.description, version: row.version, updatedAt: row.updatedAt.toISOString() };
}
export type RunbookScriptDto = ReturnType<typeof toRunbookScriptDto>;
