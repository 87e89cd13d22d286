import { z } from "zod";
import { ROLES } from "../permissions";

export const roleSchema = z.enum(ROLES);

export const createUserSchema = z.object({
  email: z.email("must be an email address").transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, "is required").max(120),
  role: roleSchema,
  /** When omitted, Rewind generates one and returns it once. */
  password: z.string().min(12, "must be at least 12 characters").max(200).optional(),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(120).optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "give at least one of name, role, disabled" });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userIdParamsSchema = z.object({ userId: z.uuid("must be a user id") });
