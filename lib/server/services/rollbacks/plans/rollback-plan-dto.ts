import "server-only";
import { describeStep } from "@/lib/domain/rollback/action-params";
import type { PlanStep } from "@/lib/domain/rollback/plan";
import type { VerificationConfig } from "@/lib/domain/rollback/verification";
import type { RollbackPlanRow } from "../../../queries/rollback-plans";

/** Plans hold secret references by name only, so they can be shown as stored. */
export function toRollbackPlanDto(row: RollbackPlanRow) {
  const steps = row.steps as PlanStep[];
  return {
    id: row.id,
    serviceId: row.serviceId,
    type: row.type,
    name: row.name,
    description: row.description,
    steps: steps.map((step) => ({ ...step, description: describeStep(step) })),
    verification: row.verification as VerificationConfig,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type RollbackPlanDto = ReturnType<typeof toRollbackPlanDto>;
