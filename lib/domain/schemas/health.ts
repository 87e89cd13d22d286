import { z } from "zod";
import { HEALTH_RANGES } from "../health/health-ranges";

/** A service's id or its slug: people type slugs, links carry either. */
export const serviceRefParamsSchema = z.object({ serviceId: z.string().trim().min(1).max(100) });
export const healthSourceIdParamsSchema = z.object({ sourceId: z.uuid("must be a health source id") });

export const healthRangeQuerySchema = z.object({ range: z.enum(HEALTH_RANGES).default("15m") });

export const updateHealthSourceSchema = z
  .object({
    version: z.number().int().min(1),
    name: z.string().trim().min(1, "is required").max(120).optional(),
    intervalSeconds: z.number().int().min(1, "must be at least 1 s").max(3_600, "must be at most 1 h").optional(),
    enabled: z.boolean().optional(),
    /** The whole config of the source's kind; a secret sent back as "********" keeps the stored one. */
    config: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((value) => value.name !== undefined || value.intervalSeconds !== undefined || value.enabled !== undefined || value.config !== undefined, {
    message: "give at least one of name, intervalSeconds, enabled, config",
  });
export type UpdateHealthSourceInput = z.infer<typeof updateHealthSourceSchema>;

/** `?service=` resets one sandbox service; without it, the whole fleet. */
export const demoResetQuerySchema = z.object({ service: z.string().trim().min(1).max(63).optional() });
export const demoBadReleaseSchema = z.object({ serviceSlug: z.string().trim().min(1).max(63).default("checkout-api") });
