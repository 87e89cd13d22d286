import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell('He said "roll back", then left')).toBe('"He said ""roll back"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
  });

  it("writes numbers, booleans and empty values as they are", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
  });

  it("joins a header and rows with CRLF", () => {
    expect(toCsv(["a", "b"], [["x", 1], [null, "y,z"]])).toBe('a,b\r\nx,1\r\n,"y,z"\r\n');
  });
});
