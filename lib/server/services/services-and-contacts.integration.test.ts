import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { seedService, seedUser } from "@/lib/testing/seed";
import { createEscalationContact } from "./create-escalation-contact";
import { createService } from "./create-service";
import { deleteEscalationContact } from "./delete-escalation-contact";
import { listEscalationContacts } from "./list-escalation-contacts";
import { listServices } from "./list-services";
import { updateEscalationContact } from "./update-escalation-contact";
import { updateService } from "./update-service";

describe("services", () => {
  it("are created by admins with an audit row in the same transaction, and listed for every role", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: viewer } = await seedUser("viewer");
    const service = await createService(
      admin,
      { name: "Checkout API", slug: "checkout", team: "Payments", environment: "production", links: [{ label: "Dashboard", url: "https://grafana.example.test/d/checkout" }] },
      "req-svc-1",
    );

    expect(service).toEqual({
      id: expect.any(String),
      slug: "checkout",
      name: "Checkout API",
      team: "Payments",
      environment: "production",
      description: null,
      links: [{ label: "Dashboard", url: "https://grafana.example.test/d/checkout" }],
      createdAt: expect.any(String),
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: service.id } });
    expect(audit).toMatchObject({ action: "service.created", actorUserId: admin.userId, requestId: "req-svc-1" });
    expect((await listServices(viewer)).map((listed) => listed.slug)).toContain("checkout");
  });

  it("refuse a duplicate slug with a 409 naming the field, on create and on rename, and write no audit row", async () => {
    const { caller: admin } = await seedUser("admin");
    await seedService({ slug: "search" });
    const other = await seedService({ slug: "billing" });
    const auditBefore = await db().auditEvent.count();

    await expect(createService(admin, { name: "Search 2", slug: "search", team: "t", environment: "e" }, null)).rejects.toMatchObject({
      code: "conflict",
      details: [{ field: "slug", message: "is already taken" }],
    });
    await expect(updateService(admin, other.id, { slug: "search" }, null)).rejects.toMatchObject({ code: "conflict", details: [{ field: "slug" }] });
    expect(await db().auditEvent.count()).toBe(auditBefore);
  });

  it("are edited field by field, with the previous values in the audit row", async () => {
    const { caller: admin } = await seedUser("admin");
    const service = await seedService({ name: "Old name", description: "kept" });
    const updated = await updateService(admin, service.id, { name: "New name" }, null);
    expect(updated).toMatchObject({ name: "New name", description: "kept", slug: service.slug, links: [] });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { targetId: service.id, action: "service.updated" } });
    expect(audit.payload).toEqual({ changes: { name: "New name" }, previous: { name: "Old name" } });
    await expect(updateService(admin, "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f", { name: "x" }, null)).rejects.toMatchObject({ code: "not_found" });
  });

  it("are managed by admins only", async () => {
    const { caller: commander } = await seedUser("commander");
    const service = await seedService();
    await expect(createService(commander, { name: "x", slug: "x", team: "t", environment: "e" }, null)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateService(commander, service.id, { name: "x" }, null)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("escalation contacts", () => {
  it("are listed along the escalation path, and created, edited and deleted by admins with audit rows", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: viewer } = await seedUser("viewer");
    const cto = await createEscalationContact(admin, { level: "cto", name: "Casey", contact: "+1 555 0100", availability: "emergency_only" }, null);
    const lead = await createEscalationContact(admin, { level: "team_lead", name: "Lee", contact: "lee@example.test", availability: "always" }, null);
    const manager = await createEscalationContact(admin, { level: "engineering_manager", name: "Morgan", contact: "@morgan", availability: "business_hours" }, null);

    expect(await listEscalationContacts(viewer)).toEqual([lead, manager, cto]);
    expect(lead).toEqual({ id: expect.any(String), level: "team_lead", name: "Lee", contact: "lee@example.test", availability: "always" });

    const edited = await updateEscalationContact(admin, manager.id, { availability: "always" }, null);
    expect(edited).toEqual({ ...manager, availability: "always" });
    expect(await deleteEscalationContact(admin, cto.id, null)).toEqual(cto);
    expect(await listEscalationContacts(viewer)).toEqual([lead, edited]);

    const actions = (await db().auditEvent.findMany({ where: { targetType: "escalation_contact" }, orderBy: { id: "asc" } })).map((audit) => audit.action);
    expect(actions).toEqual(["escalation_contact.created", "escalation_contact.created", "escalation_contact.created", "escalation_contact.updated", "escalation_contact.deleted"]);
    await expect(deleteEscalationContact(admin, cto.id, null)).rejects.toMatchObject({ code: "not_found" });
  });

  it("are managed by admins only", async () => {
    const { caller: commander } = await seedUser("commander");
    await expect(createEscalationContact(commander, { level: "cto", name: "x", contact: "x", availability: "always" }, null)).rejects.toMatchObject({ code: "forbidden" });
  });
});
