import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { incidentChecklistsQueryKey, incidentDecisionQueryKey, incidentQueryKey } from "@/lib/client/queries/incident-query-keys";
import type { ChecklistItem, ChecklistsResponse } from "@/lib/client/schemas/checklists";
import type { Decision, DecisionResponse } from "@/lib/client/schemas/decisions";
import type { Incident, IncidentResponse, TimelineEvent, TimelinePage } from "@/lib/client/schemas/incidents";

/*
 * Writers for the incident page's cache, shared by mutation answers and
 * socket pushes: both deliver the same records, in either order. Version
 * checks keep a late, older copy from overwriting a newer one.
 */

export function writeIncident(queryClient: QueryClient, ref: string, incident: Incident): void {
  queryClient.setQueryData<IncidentResponse>(incidentQueryKey(ref), (data) =>
    data && data.incident.version > incident.version ? data : { incident },
  );
}

/** Decisions carry no version (Back lowers the step), so the latest write wins; a reconnect refetches anyway. */
export function writeDecision(queryClient: QueryClient, ref: string, decision: Decision): void {
  queryClient.setQueryData<DecisionResponse>(incidentDecisionQueryKey(ref), { decision });
}

export function writeChecklists(queryClient: QueryClient, ref: string, checklists: ChecklistsResponse["checklists"]): void {
  queryClient.setQueryData<ChecklistsResponse>(incidentChecklistsQueryKey(ref), { checklists });
}

export function writeChecklistItem(queryClient: QueryClient, ref: string, item: ChecklistItem): void {
  queryClient.setQueryData<ChecklistsResponse>(incidentChecklistsQueryKey(ref), (data) =>
    data
      ? {
          checklists: data.checklists.map((checklist) =>
            checklist.id !== item.checklistId
              ? checklist
              : { ...checklist, items: checklist.items.map((existing) => (existing.id === item.id && existing.version <= item.version ? item : existing)) },
          ),
        }
      : data,
  );
}

/** Puts a new event on top of every cached timeline of the incident whose kind filter lets it through. */
export function prependTimelineEvent(queryClient: QueryClient, ref: string, event: TimelineEvent): void {
  for (const [queryKey] of queryClient.getQueriesData<InfiniteData<TimelinePage>>({ queryKey: [...incidentQueryKey(ref), "timeline"] })) {
    const kinds = typeof queryKey[3] === "string" ? queryKey[3] : "";
    if (!matchesKinds(event.kind, kinds)) continue;
    queryClient.setQueryData<InfiniteData<TimelinePage, string | null>>(queryKey, (data) => {
      const [first, ...rest] = data?.pages ?? [];
      if (!data || !first) return data;
      if (data.pages.some((page) => page.events.some((existing) => existing.id === event.id))) return data;
      return { ...data, pages: [{ ...first, events: [event, ...first.events] }, ...rest] };
    });
  }
}

function matchesKinds(kind: string, kinds: string): boolean {
  const prefixes = kinds.split(",").filter(Boolean);
  return prefixes.length === 0 || prefixes.some((prefix) => kind.startsWith(prefix));
}
