import "server-only";
import type { ActionKind } from "@/lib/domain/rollback/action-kinds";
import type { ActionExecutor } from "../../../integrations/rollback/action-executor";
import { manualExecutor } from "./manual-action";

const EXECUTORS: Partial<Record<ActionKind, ActionExecutor<never>>> = {
  manual: manualExecutor,
};

export function executorFor(kind: ActionKind): ActionExecutor<unknown> | null {
  return (EXECUTORS[kind] as ActionExecutor<unknown> | undefined) ?? null;
}
