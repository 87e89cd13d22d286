import "server-only";
import type { ManualParams } from "@/lib/domain/rollback/actions/manual";
import { ActionFailure, type ActionExecutor } from "../../../integrations/rollback/action-executor";

/** A manual step is done by a person; the engine only records it (live runs wait for "done"). */
export const manualExecutor: ActionExecutor<ManualParams> = {
  kind: "manual",
  resumable: () => false,
  preview: async (params) => ({ description: params.instructions, dryRun: { supported: false, wouldDo: `would ask an operator to: ${params.instructions}` } }),
  execute: async () => {
    throw new ActionFailure("A manual step is completed by an operator, not run");
  },
};
