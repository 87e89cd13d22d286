import "server-only";
import type { ActionKind } from "@/lib/domain/rollback/action-kinds";
import type { ActionExecutor } from "../../../integrations/rollback/action-executor";
import { commandExecutor } from "../../../integrations/rollback/command";
import { gitExecutor } from "../../../integrations/rollback/git";
import { httpExecutor } from "../../../integrations/rollback/http";
import { kubernetesExecutor } from "../../../integrations/rollback/kubernetes";
import { notifyExecutor } from "../../../integrations/rollback/notify";
import { postgresExecutor } from "../../../integrations/rollback/postgres";
import { sandboxExecutor } from "../../../integrations/rollback/sandbox";
import { featureFlagsExecutor } from "../../flags/feature-flags-action";
import { maintenanceExecutor } from "../../flags/maintenance-action";
import { manualExecutor } from "./manual-action";

const EXECUTORS: Partial<Record<ActionKind, ActionExecutor<never>>> = {
  sandbox: sandboxExecutor,
  http: httpExecutor,
  feature_flags: featureFlagsExecutor,
  kubernetes: kubernetesExecutor,
  postgres: postgresExecutor,
  git: gitExecutor,
  command: commandExecutor,
  maintenance: maintenanceExecutor,
  notify: notifyExecutor,
  manual: manualExecutor,
};

export function executorFor(kind: ActionKind): ActionExecutor<unknown> | null {
  return (EXECUTORS[kind] as ActionExecutor<unknown> | undefined) ?? null;
}
