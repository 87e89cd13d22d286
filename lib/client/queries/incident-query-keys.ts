/**
 * Every query about one incident sits under ["incident", ref], so a reconnect
 * can refetch all of them with one invalidation.
 */
export const incidentQueryKey = (ref: string) => ["incident", ref] as const;
export const incidentDecisionQueryKey = (ref: string) => ["incident", ref, "decision"] as const;
export const incidentChecklistsQueryKey = (ref: string) => ["incident", ref, "checklists"] as const;
export const incidentTimelineQueryKey = (ref: string, kinds: string) => ["incident", ref, "timeline", kinds] as const;

/** The incident record alone: a prefix match would also hit its decision, checklists and timeline. */
export const incidentRecordFilter = (ref: string) => ({ queryKey: incidentQueryKey(ref), exact: true });

/** The path segment for an incident; keys such as INC-42 need no escaping, ids neither, but a typed URL might. */
export function incidentPath(ref: string): string {
  return `/api/v1/incidents/${encodeURIComponent(ref)}`;
}
