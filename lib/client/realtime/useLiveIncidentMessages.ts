import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { communicationMessageSchema, incidentMessagesQueryKey, type CommunicationMessage, type IncidentMessagesResponse } from "@/lib/client/queries/communications";
import { useRoom } from "@/lib/client/socket";

const messagePush = z.object({ message: communicationMessageSchema });

/** Puts a message at the top of the incident's history once, whether the sender's answer or the push arrives first. */
export function writeIncidentMessage(queryClient: QueryClient, ref: string, message: CommunicationMessage): void {
  queryClient.setQueryData<IncidentMessagesResponse>(incidentMessagesQueryKey(ref), (data) =>
    data && !data.messages.some((existing) => existing.id === message.id) ? { ...data, messages: [message, ...data.messages] } : data,
  );
}

/** Messages anyone sends for the incident appear in everyone's history. */
export function useLiveIncidentMessages(ref: string, incidentId: string): string | null {
  const queryClient = useQueryClient();
  return useRoom(
    { kind: "incident", id: incidentId },
    {
      "communication:message": (payload) => {
        const parsed = messagePush.safeParse(payload);
        if (parsed.success) writeIncidentMessage(queryClient, ref, parsed.data.message);
      },
    },
  );
}
