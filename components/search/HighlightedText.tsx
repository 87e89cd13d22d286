import type { Segments } from "@/lib/client/schemas/search";

/** Snippet segments from the server as text; matched words in <mark>. Never HTML, so post-mortem markup stays inert. */
export function HighlightedText({ segments }: { segments: Segments }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlight ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40 dark:text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
