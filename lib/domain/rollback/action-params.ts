import type { z } from "zod";
import type { FieldProblem } from "../app-error";
import type { ActionKind } from "./action-kinds";
import { commandParamsSchema, describeCommandParams } from "./actions/command";
import { describeFeatureFlagsParams, featureFlagsParamsSchema } from "./actions/feature-flags";
import { describeGitParams, gitParamsSchema } from "./actions/git";
import { describeHttpParams, httpParamsSchema } from "./actions/http";
import { describeKubernetesParams, kubernetesParamsSchema } from "./actions/kubernetes";
import { describeMaintenanceParams, maintenanceParamsSchema } from "./actions/maintenance";
import { describeManualParams, manualParamsSchema } from "./actions/manual";
import { describeNotifyParams, notifyParamsSchema } from "./actions/notify";
import { describePostgresParams, postgresParamsSchema } from "./actions/postgres";
import { describeSandboxParams, sandboxParamsSchema } from "./actions/sandbox";
import type { PlanStep } from "./plan";

type KindSpec = { schema: z.ZodType; describe(params: never): string };

/** Each action kind's parameter schema and plain-language description. */
const KIND_SPECS: Partial<Record<ActionKind, KindSpec>> = {
  sandbox: { schema: sandboxParamsSchema, describe: describeSandboxParams },
  http: { schema: httpParamsSchema, describe: describeHttpParams },
  feature_flags: { schema: featureFlagsParamsSchema, describe: describeFeatureFlagsParams },
  kubernetes: { schema: kubernetesParamsSchema, describe: describeKubernetesParams },
  postgres: { schema: postgresParamsSchema, describe: describePostgresParams },
  git: { schema: gitParamsSchema, describe: describeGitParams },
  command: { schema: commandParamsSchema, describe: describeCommandParams },
  maintenance: { schema: maintenanceParamsSchema, describe: describeMaintenanceParams },
  notify: { schema: notifyParamsSchema, describe: describeNotifyParams },
  manual: { schema: manualParamsSchema, describe: describeManualParams },
};

/**
 * Checks every step's params against its kind. Field paths point into the
 * plan (`steps.2.params.replicas`), and unknown keys are named.
 */
export function validatePlanSteps(steps: readonly PlanStep[], pathPrefix = "steps"): { steps: PlanStep[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const parsedSteps = steps.map((step, index) => {
    const spec = KIND_SPECS[step.kind];
    if (!spec) {
      problems.push({ field: `${pathPrefix}.${index}.kind`, message: `${step.kind} steps are not available on this installation` });
      return step;
    }
    const parsed = spec.schema.safeParse(step.params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
        problems.push({ field: [pathPrefix, index, "params", ...issue.path].join("."), message: `${issue.message}${keys}` });
      }
      return step;
    }
    if (step.requiresApproval && !step.destructive) problems.push({ field: `${pathPrefix}.${index}.requiresApproval`, message: "only destructive steps need a second commander's approval" });
    return { ...step, params: parsed.data as Record<string, unknown> };
  });
  return { steps: parsedSteps, problems };
}

/** One sentence saying what the step does, for the plan editor and previews. */
export function describeStep(step: Pick<PlanStep, "kind" | "params">): string {
  const spec = KIND_SPECS[step.kind];
  if (!spec) return step.kind;
  const parsed = spec.schema.safeParse(step.params);
  return parsed.success ? spec.describe(parsed.data as never) : `${step.kind} (invalid parameters)`;
}

export function paramsSchemaOf(kind: ActionKind): z.ZodType | null {
  return KIND_SPECS[kind]?.schema ?? null;
}
