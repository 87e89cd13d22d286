import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { appendRunLogs, writeRollbackRun } from "@/lib/client/rollback-cache";
import { rollbackRunSchema, stepLogsPushSchema } from "@/lib/client/schemas/rollback-runs";
import { useRoom } from "@/lib/client/socket";
import type { RoomRequest } from "@/lib/domain/permissions";
import { useRefetchOnReconnect } from "./useRefetchOnReconnect";

/**
 * Rollback runs and their log lines, live, from the room of the page (an
 * incident or a service). After a reconnect the runs and logs are fetched
 * again; lines are merged by id, so none shows twice.
 */
export function useLiveRollbackRuns(room: RoomRequest, runsQueryKey: QueryKey): string | null {
  const queryClient = useQueryClient();
  useRefetchOnReconnect(runsQueryKey);
  useRefetchOnReconnect(["rollback-run"]);
  return useRoom(room, {
    "rollback:run": (payload) => {
      const parsed = rollbackRunSchema.safeParse(payload);
      if (parsed.success) writeRollbackRun(queryClient, parsed.data);
    },
    "rollback:logs": (payload) => {
      const parsed = stepLogsPushSchema.safeParse(payload);
      if (parsed.success) appendRunLogs(queryClient, parsed.data.runId, parsed.data.lines);
    },
  });
}
