import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/client/api-fetch";
import { ACTION_KINDS } from "@/lib/domain/rollback/action-kinds";
import { PLAN_TYPES } from "@/lib/domain/rollback/plan";

/** A planned step as the API shows it, with the server's sentence saying what it does. */
export const planStepDtoSchema = z.object({
  name: z.string(),
  kind: z.enum(ACTION_KINDS),
  params: z.record(z.string(), z.unknown()),
  timeoutSeconds: z.number(),
  retry: z.object({ maxAttempts: z.number(), backoffSeconds: z.number() }),
  destructive: z.boolean(),
  requiresApproval: z.boolean(),
  pointOfNoReturn: z.boolean(),
  warning: z.string().optional(),
  description: z.string(),
});
export type PlanStepDto = z.infer<typeof planStepDtoSchema>;

export const rollbackPlanSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  type: z.enum(PLAN_TYPES),
  name: z.string(),
  description: z.string().nullable(),
  steps: z.array(planStepDtoSchema),
  // The checks are edited as JSON and validated by the server, so any object shape is kept as it is.
  verification: z.object({ windowSeconds: z.number(), checks: z.array(z.record(z.string(), z.unknown())) }),
  version: z.number(),
  updatedAt: z.string(),
});
export type RollbackPlan = z.infer<typeof rollbackPlanSchema>;

export const rollbackPlansResponseSchema = z.object({ plans: z.array(rollbackPlanSchema) });
export type RollbackPlansResponse = z.infer<typeof rollbackPlansResponseSchema>;
export const rollbackPlanResponseSchema = z.object({ plan: rollbackPlanSchema });
export type RollbackPlanResponse = z.infer<typeof rollbackPlanResponseSchema>;

const stepPreviewSchema = z.union([
  z.object({
    description: z.string(),
    dryRun: z.union([
      z.object({ supported: z.literal(true), ok: z.boolean(), lines: z.array(z.string()) }),
      z.object({ supported: z.literal(false), wouldDo: z.string() }),
    ]),
  }),
  z.object({ error: z.string() }),
]);

export const planPreviewResponseSchema = z.object({
  preview: z.object({
    planId: z.string(),
    version: z.number(),
    steps: z.array(
      z.object({
        position: z.number(),
        name: z.string(),
        kind: z.string(),
        description: z.string(),
        destructive: z.boolean(),
        pointOfNoReturn: z.boolean(),
        preview: stepPreviewSchema,
      }),
    ),
  }),
});
export type PlanPreview = z.infer<typeof planPreviewResponseSchema>["preview"];

/** Every plan query key starts with this, so one save refreshes the lists and the plan alike. */
export const rollbackPlansRootKey = ["rollback-plans"] as const;
export const serviceRollbackPlansQueryKey = (serviceRef: string) => [...rollbackPlansRootKey, "service", serviceRef] as const;
export const rollbackPlanQueryKey = (planId: string) => [...rollbackPlansRootKey, "plan", planId] as const;

export const rollbackPlanPath = (planId: string) => `/api/v1/rollback-plans/${encodeURIComponent(planId)}`;
export const serviceRollbackPlansPath = (serviceRef: string) => `/api/v1/services/${encodeURIComponent(serviceRef)}/rollback-plans`;

/** The service's plans that are not archived. */
export function useServiceRollbackPlansQuery(serviceRef: string) {
  return useQuery({
    queryKey: serviceRollbackPlansQueryKey(serviceRef),
    queryFn: ({ signal }) => apiFetch(serviceRollbackPlansPath(serviceRef), rollbackPlansResponseSchema, { signal }),
  });
}

export function useRollbackPlanQuery(planId: string) {
  return useQuery({
    queryKey: rollbackPlanQueryKey(planId),
    queryFn: ({ signal }) => apiFetch(rollbackPlanPath(planId), rollbackPlanResponseSchema, { signal }),
  });
}

/** A built-in plan to start from: a plan without id or version yet. */
export const planTemplateSchema = rollbackPlanSchema.omit({ id: true, serviceId: true, version: true, updatedAt: true }).extend({ description: z.string().nullish() });
export type PlanTemplate = z.infer<typeof planTemplateSchema>;

export function useRollbackPlanTemplatesQuery(serviceRef: string) {
  return useQuery({
    queryKey: ["service", serviceRef, "rollback-plan-templates"],
    queryFn: ({ signal }) => apiFetch(`/api/v1/services/${encodeURIComponent(serviceRef)}/rollback-plan-templates`, z.object({ templates: z.array(planTemplateSchema) }), { signal }),
    staleTime: Infinity,
  });
}
