import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { auditEventsQueryKey } from "@/lib/client/queries/useAuditEventsQuery";
import { auditEventSchema, type AuditEventsPage } from "@/lib/client/schemas/audit-events";
import { useRoom } from "@/lib/client/socket";

/** Puts each `audit:created` push at the top of the cached audit log. Returns the room join error, if any. */
export function useLiveAuditEvents(): string | null {
  const queryClient = useQueryClient();
  return useRoom(
    { kind: "audit" },
    {
      "audit:created": (payload) => {
        const parsed = auditEventSchema.safeParse(payload);
        if (!parsed.success) return;
        const event = parsed.data;
        queryClient.setQueryData<InfiniteData<AuditEventsPage, string | null>>(auditEventsQueryKey, (data) => {
          const [first, ...rest] = data?.pages ?? [];
          if (!data || !first) return data;
          if (data.pages.some((page) => page.events.some((existing) => existing.id === event.id))) return data;
          return { ...data, pages: [{ ...first, events: [event, ...first.events] }, ...rest] };
        });
      },
    },
  );
}
