import { useQueryClient } from "@tanstack/react-query";
import { incidentsQueryKey } from "@/lib/client/queries/useIncidentsQuery";
import { useRoom } from "@/lib/client/socket";
import { useRefetchOnReconnect } from "./useRefetchOnReconnect";

/**
 * Refetches the incidents list on every `incidents:changed` push. The push
 * carries no content on purpose (private incidents must not leak), so the
 * list is asked for again under the viewer's own permissions; so it is
 * after a reconnect.
 * Returns the room join error, if any.
 */
export function useLiveIncidentsList(): string | null {
  const queryClient = useQueryClient();
  useRefetchOnReconnect(incidentsQueryKey);
  return useRoom({ kind: "incidents" }, { "incidents:changed": () => void queryClient.invalidateQueries({ queryKey: incidentsQueryKey }) });
}
