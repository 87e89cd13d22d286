/**
 * The post-mortem's timeline from recorded TimelineEvent rows: only what a
 * reader of the story needs (declaration, status changes, decision answers
 * and verdict, alerts and threshold breaches, rollback steps and their
 * verification, ticked checklist items, messages sent), not bookkeeping such
 * as participants joining or the post-mortem's own edits.
 */
export type RecordedEvent = { kind: string; summary: string; createdAt: Date; payload?: unknown };

const STORY_KINDS = new Set([
  "incident.declared",
  "incident.status_changed",
  "decision.answered",
  "decision.decided",
  "alert.added",
  "health.signal_opened",
  "health.signal_cleared",
  "checklist.completed",
]);

const STORY_PREFIXES = ["rollback.", "communication."];

export function isStoryEvent(event: RecordedEvent): boolean {
  if (STORY_KINDS.has(event.kind) || STORY_PREFIXES.some((prefix) => event.kind.startsWith(prefix))) return true;
  // A checklist edit tells the story only when it ticks an item; notes and assignees do not.
  return event.kind === "checklist.item_updated" && ticksItem(event.payload);
}

function ticksItem(payload: unknown): boolean {
  if (typeof payload !== "object" || payload === null || !("changes" in payload)) return false;
  const changes = payload.changes;
  return typeof changes === "object" && changes !== null && "done" in changes && changes.done === true;
}

/** "HH:MM UTC — summary", with the date in front when the story spans more than one UTC day. */
export function timelineLines(events: readonly RecordedEvent[]): string[] {
  const story = events.filter(isStoryEvent).toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const days = new Set(story.map((event) => event.createdAt.toISOString().slice(0, 10)));
  return story.map((event) => `${clockLabel(event.createdAt, days.size > 1)} — ${oneLine(event.summary)}`);
}

function clockLabel(at: Date, withDate: boolean): string {
  const iso = at.toISOString();
  return `${withDate ? `${iso.slice(0, 10)} ` : ""}${iso.slice(11, 16)} UTC`;
}

/** A summary is one list item: line breaks would start new Markdown blocks. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
