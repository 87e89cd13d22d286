import { describe, expect, it } from "vitest";
import { can } from "../permissions";
import { permissionForFlagChange } from "./flag-change-permission";

describe("permissionForFlagChange", () => {
  it("lets a commander turn a kill switch off, and nothing more", () => {
    expect(permissionForFlagChange({ killSwitch: true }, { enabled: false })).toBe("rollbacks.run");
    expect(can("commander", permissionForFlagChange({ killSwitch: true }, { enabled: false }))).toBe(true);
    expect(can("responder", permissionForFlagChange({ killSwitch: true }, { enabled: false }))).toBe(false);
  });

  it("keeps every other change for admins", () => {
    expect(permissionForFlagChange({ killSwitch: true }, { enabled: true })).toBe("runbooks.manage");
    expect(permissionForFlagChange({ killSwitch: true }, { enabled: false, description: "why" })).toBe("runbooks.manage");
    expect(permissionForFlagChange({ killSwitch: true }, { enabled: false, killSwitch: false })).toBe("runbooks.manage");
    expect(permissionForFlagChange({ killSwitch: false }, { enabled: false })).toBe("runbooks.manage");
    expect(can("commander", permissionForFlagChange({ killSwitch: false }, { enabled: false }))).toBe(false);
  });
});
