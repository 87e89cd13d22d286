import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { db } from "@/lib/server/db/client";
import { seedUser } from "@/lib/testing/seed";
import { createUser } from "./create-user";
import { ensureFirstAdmin } from "./ensure-first-admin";
import { updateUser } from "./update-user";

describe("user management", () => {
  it("creates a user and its audit row in one transaction, and returns a generated password once", async () => {
    const { caller: admin } = await seedUser("admin");
    const { user, generatedPassword } = await createUser(admin, { email: "new@example.test", name: "New Person", role: "responder" }, "req-1");

    expect(generatedPassword).toMatch(/^[\w-]{20}$/);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(generatedPassword);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "user.created" } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, requestId: "req-1", payload: { email: "new@example.test", role: "responder" } });
  });

  it("refuses a duplicate email with a conflict naming the field, and writes no audit row", async () => {
    const { caller: admin } = await seedUser("admin");
    await createUser(admin, { email: "twice@example.test", name: "One", role: "viewer" }, null);
    const before = await db().auditEvent.count();

    const error = await createUser(admin, { email: "twice@example.test", name: "Two", role: "viewer" }, null).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict", details: [{ field: "email" }] });
    expect(await db().auditEvent.count()).toBe(before);
  });

  it("lets only admins manage users", async () => {
    const { caller: commander } = await seedUser("commander");
    await expect(createUser(commander, { email: "x@example.test", name: "X", role: "viewer" }, null)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("never removes the last active admin", async () => {
    const { caller: admin } = await seedUser("admin");
    const others = await db().user.findMany({ where: { role: "admin", id: { not: admin.userId as string } } });
    for (const other of others) await updateUser(admin, other.id, { disabled: true }, null);

    await expect(updateUser(admin, admin.userId as string, { role: "viewer" }, null)).rejects.toMatchObject({ code: "conflict" });
    await expect(updateUser(admin, admin.userId as string, { disabled: true }, null)).rejects.toMatchObject({ code: "conflict" });

    const { caller: second } = await seedUser("admin");
    const demoted = await updateUser(second, admin.userId as string, { role: "viewer" }, null);
    expect(demoted.role).toBe("viewer");
  });

  it("creates the first admin once, however often start-up runs", async () => {
    await db().user.deleteMany({ where: { role: "admin" } });
    const first = await ensureFirstAdmin({ email: "Boot@Example.test" });
    const again = await ensureFirstAdmin({ email: "boot@example.test" });

    expect(first).toMatchObject({ email: "boot@example.test", generated: true });
    expect(first?.password.length).toBeGreaterThanOrEqual(20);
    expect(again).toBeNull();
    expect(await db().user.count({ where: { role: "admin" } })).toBe(1);
  });
});
