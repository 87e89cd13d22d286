import { z } from "zod";
import { roleSchema } from "@/lib/domain/schemas/users";

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const usersResponseSchema = z.object({ users: z.array(userSchema) });
export type UsersResponse = z.infer<typeof usersResponseSchema>;

export const createUserResponseSchema = z.object({ user: userSchema, generatedPassword: z.string().nullable() });

export const updateUserResponseSchema = z.object({ user: userSchema });
