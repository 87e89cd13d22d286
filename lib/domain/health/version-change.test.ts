import { describe, expect, it } from "vitest";
import { classifyVersionChange, compareVersions } from "./version-change";

describe("classifyVersionChange", () => {
  it("calls a move to a lower version a rollback and anything else a deploy", () => {
    expect(classifyVersionChange("1.5.0", "1.4.2")).toBe("rollback");
    expect(classifyVersionChange("1.4.2", "1.5.0")).toBe("deploy");
    expect(classifyVersionChange(null, "1.4.2")).toBe("deploy");
  });

  it("compares dotted parts as numbers", () => {
    expect(compareVersions("1.10.0", "1.9.2")).toBe(1);
    expect(compareVersions("v2.0.0", "2.0.0")).toBe(0);
    expect(compareVersions("1.4.2", "1.4.2+green")).toBe(-1);
  });
});
