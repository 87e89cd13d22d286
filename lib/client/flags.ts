import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { useRefetchOnReconnect } from "@/lib/client/realtime/useRefetchOnReconnect";
import { useRoom } from "@/lib/client/socket";
import type { FlagValue } from "@/lib/domain/flags/feature-flag";

/** Feature flags in the browser: the list, its live updates, and every edit (react-query hooks). */

const flagValue = z.custom<FlagValue>((value) => value !== null && value !== undefined);

export const featureFlagSchema = z.object({
  id: z.string(),
  key: z.string(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  onValue: flagValue,
  offValue: flagValue,
  killSwitch: z.boolean(),
  sets: z.array(z.string()),
  version: z.number(),
  updatedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeatureFlag = z.infer<typeof featureFlagSchema>;

const flagsResponseSchema = z.object({ flags: z.array(featureFlagSchema) });
type FlagsResponse = z.infer<typeof flagsResponseSchema>;
const flagResponseSchema = z.object({ flag: featureFlagSchema });
const emergencyOffResponseSchema = z.object({ set: z.string(), turnedOff: z.array(featureFlagSchema), alreadyOff: z.array(z.string()) });

export type FlagInput = { key: string; description: string | null; onValue: FlagValue; offValue: FlagValue; killSwitch: boolean; sets: string[]; enabled?: boolean };
export type FlagChange = Partial<Omit<FlagInput, "key">>;

export const flagsQueryKey = ["feature-flags"] as const;

export function useFlagsQuery() {
  return useQuery({ queryKey: flagsQueryKey, queryFn: ({ signal }) => apiFetch("/api/v1/flags", flagsResponseSchema, { signal }) });
}

/** Newer versions replace older ones; a push that arrives after a fresher answer is ignored. */
function mergeFlags(queryClient: QueryClient, flags: readonly FeatureFlag[]): void {
  queryClient.setQueryData<FlagsResponse>(flagsQueryKey, (data) => {
    if (!data) return data;
    const byKey = new Map(data.flags.map((flag) => [flag.key, flag]));
    for (const flag of flags) {
      const known = byKey.get(flag.key);
      if (!known || known.id !== flag.id || known.version <= flag.version) byKey.set(flag.key, flag);
    }
    return { flags: [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key)) };
  });
}

function removeFlag(queryClient: QueryClient, key: string): void {
  queryClient.setQueryData<FlagsResponse>(flagsQueryKey, (data) => (data ? { flags: data.flags.filter((flag) => flag.key !== key) } : data));
}

/** Applies every flag change pushed to the `flags` room, from any instance. Returns the room join error, if any. */
export function useLiveFlags(): string | null {
  const queryClient = useQueryClient();
  useRefetchOnReconnect(flagsQueryKey);
  return useRoom(
    { kind: "flags" },
    {
      "flags:changed": (payload) => {
        const parsed = z.object({ flags: z.array(featureFlagSchema) }).safeParse(payload);
        if (parsed.success) mergeFlags(queryClient, parsed.data.flags);
      },
      "flags:deleted": (payload) => {
        const parsed = z.object({ key: z.string() }).safeParse(payload);
        if (parsed.success) removeFlag(queryClient, parsed.data.key);
      },
    },
  );
}

export function useCreateFlagMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FlagInput) => apiFetch("/api/v1/flags", flagResponseSchema, { method: "POST", body: input }),
    onSuccess: ({ flag }) => mergeFlags(queryClient, [flag]),
  });
}

/** A stale version answers 409: the list is fetched again so the person sees what changed. */
export function useUpdateFlagMutation(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, change }: { version: number; change: FlagChange }) =>
      apiFetch(`/api/v1/flags/${encodeURIComponent(key)}`, flagResponseSchema, { method: "PATCH", body: { version, ...change } }),
    onSuccess: ({ flag }) => mergeFlags(queryClient, [flag]),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: flagsQueryKey });
    },
  });
}

export function useDeleteFlagMutation(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/flags/${encodeURIComponent(key)}`, flagResponseSchema, { method: "DELETE" }),
    onSuccess: () => removeFlag(queryClient, key),
  });
}

export function useTurnOffSetMutation(set: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/flag-sets/${encodeURIComponent(set)}/emergency-off`, emergencyOffResponseSchema, { method: "POST" }),
    onSuccess: ({ turnedOff }) => mergeFlags(queryClient, turnedOff),
  });
}
