import "server-only";
import type { FeatureFlagRow } from "../../queries/feature-flags";

/** The JSON shape of a flag in the API and its realtime events. */
export function toFeatureFlagDto(flag: FeatureFlagRow) {
  return {
    id: flag.id,
    key: flag.key,
    description: flag.description,
    enabled: flag.enabled,
    onValue: flag.onValue,
    offValue: flag.offValue,
    killSwitch: flag.killSwitch,
    sets: flag.sets,
    version: flag.version,
    updatedBy: flag.updatedBy,
    createdAt: flag.createdAt.toISOString(),
    updatedAt: flag.updatedAt.toISOString(),
  };
}

export type FeatureFlagDto = ReturnType<typeof toFeatureFlagDto>;
