import { describe, expect, it } from "vitest";
import { DELETE as removeParticipantRoute } from "@/app/api/v1/incidents/[incidentRef]/participants/[userId]/route";
import { POST as addParticipantRoute } from "@/app/api/v1/incidents/[incidentRef]/participants/route";
import { GET as getIncidentRoute, PATCH as updateIncidentRoute } from "@/app/api/v1/incidents/[incidentRef]/route";
import { GET as timelineRoute } from "@/app/api/v1/incidents/[incidentRef]/timeline/route";
import { POST as transitionRoute } from "@/app/api/v1/incidents/[incidentRef]/transitions/route";
import { GET as listIncidentsRoute, POST as declareRoute } from "@/app/api/v1/incidents/route";
import { GET as listContactsRoute, POST as createContactRoute } from "@/app/api/v1/escalation-contacts/route";
import { PATCH as updateServiceRoute } from "@/app/api/v1/services/[serviceId]/route";
import { GET as listServicesRoute, POST as createServiceRoute } from "@/app/api/v1/services/route";
import { seedService, seedToken, seedUser } from "@/lib/testing/seed";

/** The real route handlers, called as Next.js calls them, against the real database. */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, path: string, options: { secret: string; body?: unknown; params?: Record<string, string> }) {
  const headers: Record<string, string> = { host: "rewind.test", authorization: `Bearer ${options.secret}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://rewind.test${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, json: await response.json() };
}

function fieldsOf(json: { error: { details: { field: string }[] } }): string[] {
  return json.error.details.map((detail) => detail.field).sort();
}

describe("/api/v1/incidents", () => {
  it("declares (201), reads by key and by id, and lists", async () => {
    const { secret } = await seedToken("commander");
    const service = await seedService();
    const declared = await call(declareRoute, "POST", "/api/v1/incidents", { secret, body: { title: "Queue backlog", severity: "medium", serviceIds: [service.id] } });
    expect(declared.status).toBe(201);
    const { incident } = declared.json;
    expect(incident).toMatchObject({ title: "Queue backlog", status: "declared", version: 1, services: [{ id: service.id }] });

    for (const ref of [incident.key, incident.id]) {
      const read = await call(getIncidentRoute, "GET", `/api/v1/incidents/${ref}`, { secret, params: { incidentRef: ref } });
      expect(read).toMatchObject({ status: 200, json: { incident: { id: incident.id } } });
    }
    const listed = await call(listIncidentsRoute, "GET", `/api/v1/incidents?status=all&serviceId=${service.id}`, { secret });
    expect(listed.json.incidents.map((item: { id: string }) => item.id)).toEqual([incident.id]);
  });

  it("answers 400 naming each bad field", async () => {
    const { secret } = await seedToken("commander");
    const empty = await call(declareRoute, "POST", "/api/v1/incidents", { secret, body: { severity: "urgent", serviceIds: [] } });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.json)).toEqual(["serviceIds", "severity", "title"]);

    const badDate = await call(declareRoute, "POST", "/api/v1/incidents", { secret, body: { title: "x", severity: "low", serviceIds: ["not-a-uuid"], detectedAt: "yesterday" } });
    expect(fieldsOf(badDate.json)).toEqual(["detectedAt", "serviceIds.0"]);

    const badList = await call(listIncidentsRoute, "GET", "/api/v1/incidents?status=sleeping", { secret });
    expect(badList).toMatchObject({ status: 400, json: { error: { details: [{ field: "status" }] } } });

    const badTransition = await call(transitionRoute, "POST", "/api/v1/incidents/INC-1/transitions", { secret, body: { to: "done" }, params: { incidentRef: "INC-1" } });
    expect(fieldsOf(badTransition.json)).toEqual(["to", "version"]);

    const emptyPatch = await call(updateIncidentRoute, "PATCH", "/api/v1/incidents/INC-1", { secret, body: { version: 1 }, params: { incidentRef: "INC-1" } });
    expect(emptyPatch.status).toBe(400);
  });

  it("answers 409 for an illegal transition with the allowed states, and for a stale version", async () => {
    const { secret } = await seedToken("commander");
    const service = await seedService();
    const { incident } = (await call(declareRoute, "POST", "/api/v1/incidents", { secret, body: { title: "x", severity: "low", serviceIds: [service.id] } })).json;
    const params = { incidentRef: incident.key };

    const illegal = await call(transitionRoute, "POST", "/x", { secret, params, body: { to: "monitoring", version: 1 } });
    expect(illegal).toMatchObject({ status: 409, json: { error: { code: "conflict", details: [{ field: "to", message: "allowed: investigating, mitigating, resolved" }] } } });

    const moved = await call(transitionRoute, "POST", "/x", { secret, params, body: { to: "investigating", version: 1, note: "looking" } });
    expect(moved).toMatchObject({ status: 200, json: { incident: { status: "investigating", version: 2 } } });

    const stale = await call(updateIncidentRoute, "PATCH", "/x", { secret, params, body: { version: 1, title: "late" } });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: "conflict", details: [{ field: "version" }] } } });
  });

  it("answers 404 for an unknown incident", async () => {
    const { secret } = await seedToken("viewer");
    for (const ref of ["INC-424242", "0b6f7f53-5a43-4c47-9d5a-2d1b7f5e9a10", "bogus"]) {
      const response = await call(getIncidentRoute, "GET", `/api/v1/incidents/${ref}`, { secret, params: { incidentRef: ref } });
      expect(response).toMatchObject({ status: 404, json: { error: { code: "not_found" } } });
    }
  });

  it("adds (201) and removes participants, and pages the timeline", async () => {
    const { secret } = await seedToken("commander");
    const { caller: responder } = await seedUser("responder");
    const service = await seedService();
    const { incident } = (await call(declareRoute, "POST", "/api/v1/incidents", { secret, body: { title: "x", severity: "low", serviceIds: [service.id] } })).json;
    const params = { incidentRef: incident.key };

    const added = await call(addParticipantRoute, "POST", "/x", { secret, params, body: { userId: responder.userId, role: "responder" } });
    expect(added.status).toBe(201);
    expect(added.json.incident.participants).toEqual([{ user: { id: responder.userId, name: responder.name, email: responder.email }, role: "responder" }]);
    const badRole = await call(addParticipantRoute, "POST", "/x", { secret, params, body: { userId: responder.userId, role: "boss" } });
    expect(fieldsOf(badRole.json)).toEqual(["role"]);

    const removed = await call(removeParticipantRoute, "DELETE", "/x", { secret, params: { ...params, userId: responder.userId as string } });
    expect(removed).toMatchObject({ status: 200, json: { incident: { participants: [] } } });

    const page = await call(timelineRoute, "GET", "/x?limit=2", { secret, params });
    expect(page.json.events.map((event: { kind: string }) => event.kind)).toEqual(["participant.removed", "participant.added"]);
    const rest = await call(timelineRoute, "GET", `/x?limit=2&before=${page.json.nextCursor}`, { secret, params });
    expect(rest.json).toMatchObject({ events: [{ kind: "incident.declared", actor: { kind: "token" } }], nextCursor: null });
    const filtered = await call(timelineRoute, "GET", "/x?kind=incident", { secret, params });
    expect(filtered.json.events.map((event: { kind: string }) => event.kind)).toEqual(["incident.declared"]);
    const badKind = await call(timelineRoute, "GET", "/x?kind=DROP%20TABLE&limit=0", { secret, params });
    expect(fieldsOf(badKind.json)).toEqual(["kind", "limit"]);
  });

  it("refuses to let a responder declare (403)", async () => {
    const { secret } = await seedToken("responder");
    const response = await call(declareRoute, "POST", "/api/v1/incidents", { secret, body: { title: "x", severity: "low", serviceIds: [] } });
    expect(response.status).toBe(403);
  });
});

describe("/api/v1/services and /api/v1/escalation-contacts", () => {
  it("create (201), list, refuse a duplicate slug (409) and bad fields (400)", async () => {
    const { secret: admin } = await seedToken("admin");
    const { secret: viewer } = await seedToken("viewer");
    const body = { name: "Ledger", slug: "Ledger", team: "Finance", environment: "production", links: [{ label: "Runbook", url: "https://wiki.example.test/ledger" }] };

    const created = await call(createServiceRoute, "POST", "/api/v1/services", { secret: admin, body });
    expect(created).toMatchObject({ status: 201, json: { service: { slug: "ledger", links: body.links } } });
    const duplicate = await call(createServiceRoute, "POST", "/api/v1/services", { secret: admin, body });
    expect(duplicate).toMatchObject({ status: 409, json: { error: { details: [{ field: "slug" }] } } });
    const invalid = await call(createServiceRoute, "POST", "/api/v1/services", { secret: admin, body: { name: "", slug: "no spaces", links: [{ label: "x", url: "javascript:alert(1)" }] } });
    expect(fieldsOf(invalid.json)).toEqual(["environment", "links.0.url", "name", "slug", "team"]);
    const forbidden = await call(createServiceRoute, "POST", "/api/v1/services", { secret: viewer, body: { ...body, slug: "other" } });
    expect(forbidden.status).toBe(403);

    const listed = await call(listServicesRoute, "GET", "/api/v1/services", { secret: viewer });
    expect(listed.json.services.map((service: { slug: string }) => service.slug)).toContain("ledger");
    const renamed = await call(updateServiceRoute, "PATCH", "/x", { secret: admin, params: { serviceId: created.json.service.id }, body: { description: "Double-entry ledger" } });
    expect(renamed).toMatchObject({ status: 200, json: { service: { description: "Double-entry ledger", name: "Ledger" } } });
  });

  it("create and list escalation contacts", async () => {
    const { secret: admin } = await seedToken("admin");
    const created = await call(createContactRoute, "POST", "/api/v1/escalation-contacts", { secret: admin, body: { level: "ceo", name: "Ceo", contact: "+1 555 0199", availability: "emergency_only" } });
    expect(created.status).toBe(201);
    const listed = await call(listContactsRoute, "GET", "/api/v1/escalation-contacts", { secret: admin });
    expect(listed.json).toEqual({ contacts: [created.json.contact] });
    const invalid = await call(createContactRoute, "POST", "/api/v1/escalation-contacts", { secret: admin, body: { level: "intern", availability: "never" } });
    expect(fieldsOf(invalid.json)).toEqual(["availability", "contact", "level", "name"]);
  });
});
