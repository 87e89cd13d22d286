import { z } from "zod";

/** Keys appear in application code and OFREP URLs: lower-case, no spaces or slashes. */
export const FLAG_KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const NAME_HINT = "use lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

export const flagKeySchema = z.string().trim().min(1, "is required").max(120).regex(FLAG_KEY_PATTERN, NAME_HINT);
export const flagSetNameSchema = z.string().trim().min(1, "is required").max(63).regex(FLAG_KEY_PATTERN, NAME_HINT);

/** The serialized size a flag value may take: flags are switches and small configurations, not documents. */
export const MAX_FLAG_VALUE_CHARS = 8_000;

/** Any JSON but null: OFREP clients check the value's type against their default, and null has none. */
export const flagValueSchema = z
  .union([z.boolean(), z.string(), z.number(), z.array(z.json()), z.record(z.string(), z.json())], { error: "must be a JSON value other than null" })
  .refine((value) => JSON.stringify(value).length <= MAX_FLAG_VALUE_CHARS, `must be at most ${MAX_FLAG_VALUE_CHARS} characters as JSON`);
export type FlagValue = z.infer<typeof flagValueSchema>;

const flagSetsSchema = z
  .array(flagSetNameSchema)
  .max(20, "a flag belongs to at most 20 sets")
  .refine((sets) => new Set(sets).size === sets.length, "names a set twice");

/** An emptied description is no description. */
const descriptionSchema = z
  .string()
  .trim()
  .max(500)
  .transform((description) => (description === "" ? null : description))
  .nullable()
  .optional();

/** The type an OpenFeature client asks for (getBooleanValue, getStringValue…), arrays apart from objects. */
export type FlagValueType = "boolean" | "string" | "number" | "object" | "array";

export function flagValueType(value: FlagValue): FlagValueType {
  if (Array.isArray(value)) return "array";
  return typeof value as Exclude<FlagValueType, "array">;
}

/** A client reading a flag with one typed call must get that type whether the flag is on or off. */
export function valueTypeMismatch(onValue: FlagValue, offValue: FlagValue): string | null {
  const on = flagValueType(onValue);
  const off = flagValueType(offValue);
  return on === off ? null : `must have the same type as the on value (${on}), not ${off}`;
}

export const createFeatureFlagSchema = z
  .strictObject({
    key: flagKeySchema,
    description: descriptionSchema,
    enabled: z.boolean().default(false),
    onValue: flagValueSchema.default(true),
    offValue: flagValueSchema.default(false),
    killSwitch: z.boolean().default(false),
    sets: flagSetsSchema.default([]),
  })
  .superRefine((flag, context) => {
    const mismatch = valueTypeMismatch(flag.onValue, flag.offValue);
    if (mismatch) context.addIssue({ code: "custom", path: ["offValue"], message: mismatch });
  });
export type CreateFeatureFlagInput = z.infer<typeof createFeatureFlagSchema>;

export const FLAG_CHANGE_FIELDS = ["description", "enabled", "onValue", "offValue", "killSwitch", "sets"] as const;

/** Names the version the editor saw; a stale one gets 409 with the flag as it is now. */
export const updateFeatureFlagSchema = z
  .strictObject({
    version: z.number().int().min(1),
    description: descriptionSchema,
    enabled: z.boolean().optional(),
    onValue: flagValueSchema.optional(),
    offValue: flagValueSchema.optional(),
    killSwitch: z.boolean().optional(),
    sets: flagSetsSchema.optional(),
  })
  .refine((change) => FLAG_CHANGE_FIELDS.some((field) => change[field] !== undefined), {
    message: "give at least one of description, enabled, onValue, offValue, killSwitch, sets",
  });
export type UpdateFeatureFlagInput = z.infer<typeof updateFeatureFlagSchema>;

export const flagKeyParamsSchema = z.object({ key: flagKeySchema });
export const flagSetParamsSchema = z.object({ set: flagSetNameSchema });

/** The flag an application reads (through OFREP) to show its maintenance page. */
export function maintenanceFlagKey(serviceSlug: string): string {
  return `maintenance.${serviceSlug}`;
}
