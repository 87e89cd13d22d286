import "server-only";
import { roomName } from "@/lib/domain/permissions";
import { publish } from "../../realtime/realtime-server";
import type { FeatureFlagDto } from "./feature-flag-dto";

const FLAGS_ROOM = roomName({ kind: "flags" });

/** Tells everyone watching the flag list; call after the commit. */
export function publishFlagChanges(flags: readonly FeatureFlagDto[]): void {
  if (flags.length > 0) publish(FLAGS_ROOM, "flags:changed", { flags });
}

export function publishFlagDeleted(key: string): void {
  publish(FLAGS_ROOM, "flags:deleted", { key });
}
