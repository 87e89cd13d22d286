import "server-only";
import { exportFileName, exportPostMortemMarkdown } from "@/lib/domain/post-mortems/export-markdown";
import { timelineLines } from "@/lib/domain/post-mortems/timeline-lines";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { listTimelineForPostMortem } from "../../queries/post-mortems";
import { incidentKeyOf, loadVisiblePostMortem } from "./post-mortem-access";

/** GET /incidents/{ref}/post-mortem/export?format=markdown: the document, its action items and the recorded timeline. */
export async function exportPostMortem(actor: Actor, ref: string): Promise<{ fileName: string; markdown: string }> {
  assertCan(actor, "incidents.read");
  const { incident, postMortem } = await loadVisiblePostMortem(db(), actor, ref);
  const events = await listTimelineForPostMortem(db(), incident.id);
  const key = incidentKeyOf(incident);
  const markdown = exportPostMortemMarkdown({
    incidentKey: key,
    status: postMortem.status,
    publishedAt: postMortem.publishedAt,
    publishedByName: postMortem.publishedByName,
    content: postMortem.content,
    actionItems: postMortem.actionItems.map((item) => ({ title: item.title, ownerName: item.owner?.name ?? null, dueAt: item.dueAt, status: item.status })),
    timeline: timelineLines(events),
  });
  return { fileName: exportFileName(key), markdown };
}
