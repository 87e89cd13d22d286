import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, incidentNumbersIn, searchQuerySchema, snippetSegments } from "./search";

describe("searchQuerySchema", () => {
  it("trims the query and defaults the limit", () => {
    expect(searchQuerySchema.parse({ q: "  payments timeout " })).toEqual({ q: "payments timeout", limit: 20 });
    expect(searchQuerySchema.parse({ q: "x", limit: "5" })).toEqual({ q: "x", limit: 5 });
  });

  it("names the field of each problem", () => {
    const fields = (input: unknown) => searchQuerySchema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(fields({})).toEqual(["q"]);
    expect(fields({ q: "   " })).toEqual(["q"]);
    expect(fields({ q: "x".repeat(201) })).toEqual(["q"]);
    expect(fields({ q: "x", limit: "0" })).toEqual(["limit"]);
    expect(fields({ q: "x", limit: "51" })).toEqual(["limit"]);
    expect(fields({ q: "x", limit: "many" })).toEqual(["limit"]);
  });
});

describe("incidentNumbersIn", () => {
  it("finds INC keys in any case, once each", () => {
    expect(incidentNumbersIn("INC-42 and inc-7 again INC-42")).toEqual([42, 7]);
  });

  it("ignores numbers that are not keys", () => {
    expect(incidentNumbersIn("error 500 in PRINC-3 and INC-")).toEqual([]);
  });
});

describe("snippetSegments", () => {
  it("splits on the markers into plain and highlighted text", () => {
    expect(snippetSegments(`The ${S}payments${E} worker ${S}timed${E} out`)).toEqual([
      { text: "The ", highlight: false },
      { text: "payments", highlight: true },
      { text: " worker ", highlight: false },
      { text: "timed", highlight: true },
      { text: " out", highlight: false },
    ]);
  });

  it("keeps markup as text and collapses whitespace", () => {
    expect(snippetSegments(`<script>alert(1)</script>\n\n## ${S}Root${E}  cause`)).toEqual([
      { text: "<script>alert(1)</script> ## ", highlight: false },
      { text: "Root", highlight: true },
      { text: " cause", highlight: false },
    ]);
  });

  it("drops Markdown markers from post-mortem excerpts when asked", () => {
    expect(snippetSegments(`## Incident Details\n- **Date**: today\n- ${S}Root${E} \`cause\``, { markdown: true })).toEqual([
      { text: "Incident Details · Date: today · ", highlight: false },
      { text: "Root", highlight: true },
      { text: " cause", highlight: false },
    ]);
    expect(snippetSegments("text ## Timeline - 14:00 UTC — declared", { markdown: true })).toEqual([{ text: "text Timeline · 14:00 UTC — declared", highlight: false }]);
  });

  it("survives unbalanced markers", () => {
    expect(snippetSegments(`a${E}b ${S}c`)).toEqual([
      { text: "ab ", highlight: false },
      { text: "c", highlight: true },
    ]);
    expect(snippetSegments("")).toEqual([]);
  });
});
