import { z } from "zod";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "is required"),
    newPassword: z.string().min(12, "must be at least 12 characters").max(200),
  })
  .refine((value) => value.currentPassword !== value.newPassword, { path: ["newPassword"], message: "must differ from the current password" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
