/** The part of a checklist item a change summary needs to read well. */
export type ItemChangeSubject = { text: string };

export type ItemChange = {
  done?: boolean;
  note?: string | null;
  /** The new assignee's name, or null when the item was unassigned. */
  assigneeName?: string | null;
  dueAt?: string | null;
  notApplicable?: boolean;
  notApplicableReason?: string | null;
};

const QUOTE_LENGTH = 40;

/**
 * One readable line for the incident timeline, e.g. `Ticked "Notify the team…"`.
 * A single request may change several things; each gets its clause.
 */
export function describeItemChange(item: ItemChangeSubject, change: ItemChange): string {
  // Each clause names its subject; only the first one quotes the item, later ones say "it".
  const clauses: ((subject: string) => string)[] = [];
  if (change.done === true) clauses.push((subject) => `Ticked ${subject}`);
  if (change.done === false) clauses.push((subject) => `Unticked ${subject}`);
  if (change.notApplicable === true) clauses.push((subject) => `Marked ${subject} not applicable${change.notApplicableReason ? `: ${change.notApplicableReason}` : ""}`);
  if (change.notApplicable === false) clauses.push((subject) => `Marked ${subject} applicable again`);
  if (change.assigneeName !== undefined) clauses.push((subject) => (change.assigneeName ? `Assigned ${subject} to ${change.assigneeName}` : `Unassigned ${subject}`));
  if (change.dueAt !== undefined) clauses.push((subject) => (change.dueAt ? `Set ${subject} due at ${change.dueAt}` : `Cleared the due time of ${subject}`));
  if (change.note !== undefined) clauses.push((subject) => (change.note ? `Noted on ${subject}: ${shorten(change.note)}` : `Cleared the note on ${subject}`));
  const quoted = `"${shorten(item.text)}"`;
  if (clauses.length === 0) return `Updated ${quoted}`;
  return clauses.map((clause, index) => (index === 0 ? clause(quoted) : lowerFirst(clause("it")))).join("; ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= QUOTE_LENGTH) return flat;
  // Cut at a word boundary and drop dangling punctuation, so the quote still reads.
  const cut = flat.slice(0, QUOTE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > QUOTE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
