import { z } from "zod";

export const MAX_SEARCH_QUERY_CHARS = 200;
export const MAX_SEARCH_RESULTS = 50;

// A plain object (no refinements): the OpenAPI document lists its fields as query parameters.
export const searchQuerySchema = z.object({
  /** Web-search syntax: words, "quoted phrases", `-word` to exclude, `or`; `INC-42` also finds that incident. */
  q: z.string("is required").trim().min(1, "is required").max(MAX_SEARCH_QUERY_CHARS, `must be at most ${MAX_SEARCH_QUERY_CHARS} characters`),
  /** Most results per group (incidents, post-mortems). */
  limit: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}`).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

const INCIDENT_REFERENCE = /\binc-(\d{1,9})\b/gi;
const MAX_REFERENCES = 10;

/** The incident numbers a query names as `INC-<n>`, so that a pasted key finds its incident whatever the ranking says. */
export function incidentNumbersIn(query: string): number[] {
  const numbers = [...query.matchAll(INCIDENT_REFERENCE)].map((match) => Number(match[1]));
  return [...new Set(numbers)].slice(0, MAX_REFERENCES);
}

/**
 * Marks Postgres puts around each match in a snippet (ts_headline's StartSel
 * and StopSel). Control characters never appear in typed text, so splitting
 * on them cannot be fooled by content, and the snippet never needs HTML.
 */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export type SnippetSegment = { text: string; highlight: boolean };

/** Markdown's markers read as noise in a one-line excerpt of a post-mortem: headings, emphasis, code ticks, bullets. */
function withoutMarkdownMarks(text: string): string {
  return text
    .replace(/(^|\s)#{1,6}\s+/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/(^|\s)[-*]\s+/g, "$1· ");
}

/**
 * A marked-up snippet as plain segments: the UI renders highlighted ones as
 * <mark>, all as text. `markdown` drops Markdown's markers first.
 */
export function snippetSegments(marked: string, options: { markdown?: boolean } = {}): SnippetSegment[] {
  if (options.markdown) marked = withoutMarkdownMarks(marked);
  const segments: SnippetSegment[] = [];
  const push = (text: string, highlight: boolean) => {
    const clean = text.replace(/[\u0000-\u0008\u000b-\u001f]/g, "").replace(/\s+/g, " ");
    if (clean === "") return;
    const last = segments.at(-1);
    if (last && last.highlight === highlight) last.text += clean;
    else segments.push({ text: clean, highlight });
  };
  for (const [index, part] of marked.split(HIGHLIGHT_START).entries()) {
    if (index === 0) {
      push(part.replaceAll(HIGHLIGHT_STOP, ""), false);
      continue;
    }
    const stop = part.indexOf(HIGHLIGHT_STOP);
    if (stop === -1) {
      push(part, true);
      continue;
    }
    push(part.slice(0, stop), true);
    push(part.slice(stop + 1).replaceAll(HIGHLIGHT_STOP, ""), false);
  }
  const first = segments[0];
  if (first) first.text = first.text.trimStart();
  const last = segments.at(-1);
  if (last) last.text = last.text.trimEnd();
  return segments.filter((segment) => segment.text !== "");
}
