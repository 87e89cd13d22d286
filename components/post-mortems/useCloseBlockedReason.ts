"use client";

import { usePostMortemQuery } from "@/lib/client/queries/post-mortems";
import { POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";

/** Why the incident's "Move to closed" button is disabled, or null when closing is allowed. */
export function useCloseBlockedReason(incidentRef: string, enabled: boolean): string | null {
  const query = usePostMortemQuery(incidentRef);
  if (!enabled || query.isPending) return null;
  const status = query.data?.postMortem.status ?? null;
  if (status === "published") return null;
  return status ? `Publish the post-mortem first (it is ${POST_MORTEM_STATUS_LABELS[status].toLowerCase()}).` : "Publish the post-mortem first.";
}
