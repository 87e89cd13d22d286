import { describe, expect, it } from "vitest";
import { ROLES, can, canJoinRoom, roomName } from "./permissions";

describe("role rules", () => {
  it("lets every role read, and each role above do more", () => {
    expect(ROLES.every((role) => can(role, "incidents.read") && can(role, "reports.read"))).toBe(true);
    expect(ROLES.filter((role) => can(role, "checklists.edit"))).toEqual(["responder", "commander", "admin"]);
    expect(ROLES.filter((role) => can(role, "rollbacks.run"))).toEqual(["commander", "admin"]);
    expect(ROLES.filter((role) => can(role, "tokens.manage"))).toEqual(["admin"]);
  });

  it("opens incident and service rooms to every signed-in role, the audit room to admins, a user room to its user", () => {
    const id = "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f";
    expect(canJoinRoom({ role: "viewer", userId: "u1" }, { kind: "incident", id })).toBe(true);
    expect(canJoinRoom({ role: "viewer", userId: "u1" }, { kind: "service", id })).toBe(true);
    expect(canJoinRoom({ role: "viewer", userId: null }, { kind: "incidents" })).toBe(true);
    expect(canJoinRoom({ role: "viewer", userId: null }, { kind: "flags" })).toBe(true);
    expect(canJoinRoom({ role: "commander", userId: "u1" }, { kind: "audit" })).toBe(false);
    expect(canJoinRoom({ role: "admin", userId: "u1" }, { kind: "audit" })).toBe(true);
    expect(canJoinRoom({ role: "admin", userId: "u1" }, { kind: "user", id: "u2" })).toBe(false);
    expect(canJoinRoom({ role: "viewer", userId: "u2" }, { kind: "user", id: "u2" })).toBe(true);
    expect(canJoinRoom({ role: "admin", userId: null }, { kind: "user", id: "u2" })).toBe(false);
  });

  it("names rooms by kind and id", () => {
    expect(roomName({ kind: "incident", id: "abc" })).toBe("incident:abc");
    expect(roomName({ kind: "audit" })).toBe("audit");
    expect(roomName({ kind: "incidents" })).toBe("incidents");
  });
});
