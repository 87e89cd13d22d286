import { useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { prependTimelineEvent, writeChecklistItem, writeChecklists, writeDecision, writeIncident } from "@/lib/client/incident-cache";
import { incidentQueryKey } from "@/lib/client/queries/incident-query-keys";
import { checklistItemSchema, checklistSchema } from "@/lib/client/schemas/checklists";
import { decisionSchema } from "@/lib/client/schemas/decisions";
import { incidentSchema, timelineEventSchema } from "@/lib/client/schemas/incidents";
import { useRoom } from "@/lib/client/socket";
import { useRefetchOnReconnect } from "./useRefetchOnReconnect";

const incidentPush = z.object({ incident: incidentSchema });
const decisionPush = z.object({ decision: decisionSchema });
const checklistsPush = z.object({ checklists: z.array(checklistSchema) });
const itemPush = z.object({ item: checklistItemSchema });

/**
 * Keeps every query of the incident page current: each push is validated and
 * written into the react-query cache (one source of truth), and after a
 * reconnect everything is fetched again, since pushes sent while the
 * connection was down are lost. `ref` is the key the page's queries use,
 * `incidentId` the uuid the room is named by. Returns the join error, if any.
 */
export function useIncidentRoom(ref: string, incidentId: string): string | null {
  const queryClient = useQueryClient();
  useRefetchOnReconnect(incidentQueryKey(ref));

  return useRoom(
    { kind: "incident", id: incidentId },
    {
      "incident:updated": (payload) => {
        const parsed = incidentPush.safeParse(payload);
        if (parsed.success) writeIncident(queryClient, ref, parsed.data.incident);
      },
      "decision:updated": (payload) => {
        const parsed = decisionPush.safeParse(payload);
        if (parsed.success) writeDecision(queryClient, ref, parsed.data.decision);
      },
      "checklist:updated": (payload) => {
        const parsed = checklistsPush.safeParse(payload);
        if (parsed.success) writeChecklists(queryClient, ref, parsed.data.checklists);
      },
      "checklist:item-updated": (payload) => {
        const parsed = itemPush.safeParse(payload);
        if (parsed.success) writeChecklistItem(queryClient, ref, parsed.data.item);
      },
      "timeline:created": (payload) => {
        const parsed = timelineEventSchema.safeParse(payload);
        if (parsed.success) prependTimelineEvent(queryClient, ref, parsed.data);
      },
    },
  );
}
