import { describe, expect, it } from "vitest";
import { exportFileName, exportPostMortemMarkdown } from "./export-markdown";

describe("Markdown export", () => {
  const doc = {
    incidentKey: "INC-7",
    status: "published" as const,
    publishedAt: new Date("2026-11-23T09:00:00Z"),
    publishedByName: "Ada",
    content: "# Post-mortem\n\nBody\n\n",
    actionItems: [
      { title: "Add a canary | with a pipe\nand a line break", ownerName: "Bob", dueAt: new Date("2026-12-01T00:00:00Z"), status: "in_progress" as const },
      { title: "Alert on p95", ownerName: null, dueAt: null, status: "open" as const },
    ],
    timeline: ["10:01 UTC — Ada declared INC-7", "10:42 UTC — Rollback verified"],
  };

  it("holds the document, the action item table and the recorded timeline", () => {
    const markdown = exportPostMortemMarkdown(doc);
    expect(markdown.startsWith("> INC-7 post-mortem · Published 2026-11-23 by Ada\n\n# Post-mortem\n\nBody\n\n---")).toBe(true);
    expect(markdown).toContain("| Action | Owner | Due Date | Status |");
    expect(markdown).toContain("| Add a canary \\| with a pipe and a line break | Bob | 2026-12-01 | In progress |");
    expect(markdown).toContain("| Alert on p95 | unassigned | none | Open |");
    expect(markdown).toContain("## Recorded Timeline\n- 10:01 UTC — Ada declared INC-7\n- 10:42 UTC — Rollback verified\n");
  });

  it("says so when nothing is tracked or recorded yet", () => {
    const markdown = exportPostMortemMarkdown({ ...doc, status: "draft", actionItems: [], timeline: [] });
    expect(markdown).toContain("> INC-7 post-mortem · Draft");
    expect(markdown).toContain("No action items yet.");
    expect(markdown).toContain("No events were recorded.");
  });

  it("names the file after the key only", () => {
    expect(exportFileName("INC-7")).toBe("INC-7-post-mortem.md");
    expect(exportFileName("INC-7\"; x=../")).toBe("INC-7x-post-mortem.md");
  });
});
