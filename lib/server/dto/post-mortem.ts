import "server-only";
import { isOverdueActionItem } from "@/lib/domain/post-mortems/action-items";
import type { ActionItemRow, PostMortemRow } from "../queries/post-mortems";

/** `ActionItem` of docs/api.md. `overdue` is judged at the time of the answer. */
export function toActionItemDto(row: ActionItemRow, now = new Date()) {
  return {
    id: row.id,
    postMortemId: row.postMortemId,
    incidentId: row.incidentId,
    title: row.title,
    owner: row.owner,
    dueAt: row.dueAt?.toISOString() ?? null,
    status: row.status,
    doneAt: row.doneAt?.toISOString() ?? null,
    overdue: isOverdueActionItem(row, now),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ActionItemDto = ReturnType<typeof toActionItemDto>;

/** `PostMortem` of docs/api.md, for the API and the socket room alike. */
export function toPostMortemDto(row: PostMortemRow, incidentKey: string) {
  const now = new Date();
  return {
    id: row.id,
    incidentId: row.incidentId,
    incidentKey,
    status: row.status,
    title: row.title,
    content: row.content,
    templateVersion: row.templateVersion,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedById && row.publishedByName ? { id: row.publishedById, name: row.publishedByName } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    actionItems: row.actionItems.map((item) => toActionItemDto(item, now)),
  };
}

export type PostMortemDto = ReturnType<typeof toPostMortemDto>;
