import { ACTION_ITEM_STATUS_LABELS, type ActionItemStatus } from "./action-items";
import { POST_MORTEM_STATUS_LABELS, type PostMortemStatus } from "./review-state";

export type ExportedActionItem = { title: string; ownerName: string | null; dueAt: Date | null; status: ActionItemStatus };

export type PostMortemExport = {
  incidentKey: string;
  status: PostMortemStatus;
  publishedAt: Date | null;
  publishedByName: string | null;
  content: string;
  actionItems: readonly ExportedActionItem[];
  /** "HH:MM UTC — summary" lines of the recorded timeline (timelineLines). */
  timeline: readonly string[];
};

/**
 * The Markdown download: the document as written, then the action items as
 * tracked now and the timeline as recorded, so the file stands on its own
 * even when the authors trimmed those sections.
 */
export function exportPostMortemMarkdown(doc: PostMortemExport): string {
  const status = doc.status === "published" && doc.publishedAt ? `Published ${doc.publishedAt.toISOString().slice(0, 10)}${doc.publishedByName ? ` by ${doc.publishedByName}` : ""}` : POST_MORTEM_STATUS_LABELS[doc.status];
  return [
    `> ${doc.incidentKey} post-mortem · ${status}`,
    doc.content.trimEnd(),
    "---",
    `## Action Items (tracked in Rewind)\n${actionItemTable(doc.actionItems)}`,
    `## Recorded Timeline\n${doc.timeline.length > 0 ? doc.timeline.map((line) => `- ${line}`).join("\n") : "No events were recorded."}`,
  ].join("\n\n").concat("\n");
}

export function actionItemTable(items: readonly ExportedActionItem[]): string {
  if (items.length === 0) return "No action items yet.";
  const rows = items.map((item) => `| ${cell(item.title)} | ${cell(item.ownerName ?? "unassigned")} | ${item.dueAt ? item.dueAt.toISOString().slice(0, 10) : "none"} | ${ACTION_ITEM_STATUS_LABELS[item.status]} |`);
  return ["| Action | Owner | Due Date | Status |", "|--------|-------|----------|--------|", ...rows].join("\n");
}

/** A table cell holds one line, and a pipe would end it early. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

/** A safe file name for the download: the key and the word, nothing from user text. */
export function exportFileName(incidentKey: string): string {
  return `${incidentKey.replace(/[^A-Za-z0-9-]/g, "")}-post-mortem.md`;
}
