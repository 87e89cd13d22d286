import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import type { ChangePasswordInput } from "@/lib/domain/schemas/account";
import { apiFetch } from "@/lib/client/api-fetch";

const changePasswordResponseSchema = z.object({ changed: z.literal(true) });

export function useChangePasswordMutation() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => apiFetch("/api/v1/me/password", changePasswordResponseSchema, { method: "PUT", body: input }),
  });
}
