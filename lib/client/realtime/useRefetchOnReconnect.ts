import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useSocketStatus } from "@/lib/client/socket";

/**
 * Pushes sent while the connection was down are lost, so once it is back
 * every query under `queryKey` is fetched again (the API has what was missed).
 * The first connection of a fresh page counts too: it closes the gap between
 * the first fetch and the room join.
 */
export function useRefetchOnReconnect(queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const status = useSocketStatus();
  const wasDisconnected = useRef(false);
  const keyHash = JSON.stringify(queryKey);

  useEffect(() => {
    if (status === "reconnecting") {
      wasDisconnected.current = true;
      return;
    }
    if (!wasDisconnected.current) return;
    wasDisconnected.current = false;
    void queryClient.invalidateQueries({ queryKey: JSON.parse(keyHash) as QueryKey });
  }, [status, queryClient, keyHash]);
}
