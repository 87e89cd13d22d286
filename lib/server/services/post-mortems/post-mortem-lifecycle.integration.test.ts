import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { db } from "@/lib/server/db/client";
import type { IncidentDto } from "@/lib/server/dto/incident";
import { recordBroadcasts, stopRecordingBroadcasts, type Broadcast } from "@/lib/testing/recording-realtime-server";
import { seedIncident, seedService, seedUser } from "@/lib/testing/seed";
import { transitionIncident } from "../transition-incident";
import { updateChecklistItem } from "../update-checklist-item";
import { getPostMortem } from "./get-post-mortem";
import { movePostMortem } from "./move-post-mortem";
import { updatePostMortem } from "./update-post-mortem";

const emitted: Broadcast[] = [];
beforeEach(() => {
  emitted.length = 0;
  recordBroadcasts(emitted);
});
afterEach(() => stopRecordingBroadcasts());

async function resolve(commander: Caller, incident: IncidentDto): Promise<IncidentDto> {
  return transitionIncident(commander, incident.key, { to: "resolved", version: incident.version });
}

describe("post-mortem drafted on resolve", () => {
  it("is created when the incident is resolved, pre-filled with its details, timeline and impact", async () => {
    const { caller: commander } = await seedUser("commander");
    const service = await seedService({ name: "Checkout API" });
    const detectedAt = new Date(Date.now() - 30 * 60_000);
    detectedAt.setUTCSeconds(0, 0);
    let incident = await seedIncident(commander, { title: "Checkout 500s", severity: "critical", serviceIds: [service.id], detectedAt: detectedAt.toISOString() });
    // Ten minutes of 20% errors at 10 req/s in the rollups: all over the 5% line.
    await db().healthRollup.createMany({
      data: Array.from({ length: 10 }, (_, index) => ({ serviceId: service.id, minute: new Date(detectedAt.getTime() + index * 60_000), samples: 60, okSamples: 60, requestRate: 10, errorRate: 0.2 })),
    });
    // Entering monitoring (service restored) creates the post-rollback checklists.
    for (const to of ["mitigating", "monitoring"] as const) incident = await transitionIncident(commander, incident.key, { to, version: incident.version });
    const checklists = await db().checklist.findMany({ where: { incidentId: incident.id }, include: { items: { orderBy: { position: "asc" } } } });
    const firstItem = checklists[0]?.items[0];
    if (!firstItem) throw new Error("entering monitoring should have created the post-rollback checklists");
    await updateChecklistItem(commander, firstItem.id, { version: firstItem.version, done: true });

    await expect(getPostMortem(commander, incident.key)).rejects.toMatchObject({ code: "not_found" });
    incident = await resolve(commander, incident);

    const postMortem = await getPostMortem(commander, incident.key);
    expect(postMortem).toMatchObject({ status: "draft", version: 1, incidentKey: incident.key, title: `${incident.key} post-mortem: Checkout 500s`, actionItems: [] });
    expect(postMortem.content).toContain(`- **Date**: ${detectedAt.toISOString().slice(0, 10)}`);
    expect(postMortem.content).toContain("- **Severity**: CRITICAL");
    expect(postMortem.content).toContain("- **Services Affected**: Checkout API");
    expect(postMortem.content).toMatch(/## Timeline\n- \d\d:\d\d UTC — .*declared/);
    expect(postMortem.content).toMatch(/UTC — .* moved INC-\d+ from monitoring to resolved/);
    expect(postMortem.content).toContain(firstItem.text);
    expect(postMortem.content).toContain("- **Checkout API**: 10 of 10 measured minutes unhealthy, 23.1% of the monthly error budget burned; 1,200 of 6,000 requests failed");

    const kinds = (await db().timelineEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } })).map((event) => event.kind);
    expect(kinds.slice(-2)).toEqual(["incident.status_changed", "postmortem.drafted"]);
    expect(emitted.filter((broadcast) => broadcast.event === "timeline:created").map((broadcast) => (broadcast.payload as { kind: string }).kind)).toContain("postmortem.drafted");
  });

  it("keeps the post-mortem of a reopened and re-resolved incident", async () => {
    const { caller: commander } = await seedUser("commander");
    let incident = await resolve(commander, await seedIncident(commander));
    const first = await getPostMortem(commander, incident.key);
    await updatePostMortem(commander, incident.key, { version: first.version, content: "# Our own words" });
    incident = await transitionIncident(commander, incident.key, { to: "investigating", version: incident.version });
    incident = await resolve(commander, incident);
    const again = await getPostMortem(commander, incident.key);
    expect(again).toMatchObject({ id: first.id, content: "# Our own words", version: 2 });
    expect(await db().postMortem.count({ where: { incidentId: incident.id } })).toBe(1);
  });
});

describe("closing needs a published post-mortem", () => {
  it("refuses to close until the post-mortem is published, then closes", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await resolve(commander, await seedIncident(commander));
    const close = () => transitionIncident(commander, incident.key, { to: "closed", version: incident.version });

    await expect(close()).rejects.toMatchObject({ code: "conflict", message: "Publish the post-mortem before closing the incident: it is draft" });
    let postMortem = await movePostMortem(commander, incident.key, { to: "in_review", version: 1 });
    await expect(close()).rejects.toMatchObject({ code: "conflict", message: "Publish the post-mortem before closing the incident: it is in review" });
    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("resolved");

    postMortem = await movePostMortem(commander, incident.key, { to: "published", version: postMortem.version });
    expect(postMortem).toMatchObject({ status: "published", publishedBy: { id: commander.userId, name: commander.name } });
    expect(await close()).toMatchObject({ status: "closed" });
  });

  it("refuses to close an incident that has no post-mortem at all", async () => {
    const { caller: commander } = await seedUser("commander");
    const incident = await resolve(commander, await seedIncident(commander));
    await db().postMortem.deleteMany({ where: { incidentId: incident.id } });
    await expect(transitionIncident(commander, incident.key, { to: "closed", version: incident.version })).rejects.toMatchObject({
      message: "Publish the post-mortem before closing the incident: it has none",
    });
  });
});

describe("review states and editing", () => {
  it("refuses a stale save with 409 carrying the current text, and records each save on the timeline", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const incident = await resolve(commander, await seedIncident(commander));
    const saved = await updatePostMortem(responder, incident.key, { version: 1, content: "Responder's text" });
    expect(saved.version).toBe(2);
    expect(emitted).toContainEqual({ room: `incident:${incident.id}`, event: "postmortem:updated", payload: { postMortem: saved } });

    await expect(updatePostMortem(commander, incident.key, { version: 1, content: "Commander's text" })).rejects.toMatchObject({
      code: "conflict",
      details: [{ field: "version", message: "is stale" }],
      extra: { current: { content: "Responder's text", version: 2 } },
    });
    expect((await getPostMortem(commander, incident.key)).content).toBe("Responder's text");
    expect(await db().timelineEvent.count({ where: { incidentId: incident.id, kind: "postmortem.edited" } })).toBe(1);
  });

  it("lets responders edit drafts only, commanders review, and only admins reopen a published one", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: responder } = await seedUser("responder");
    const { caller: viewer } = await seedUser("viewer");
    const { caller: admin } = await seedUser("admin");
    const incident = await resolve(commander, await seedIncident(commander));

    await expect(updatePostMortem(viewer, incident.key, { version: 1, content: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(movePostMortem(responder, incident.key, { to: "in_review", version: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(movePostMortem(commander, incident.key, { to: "published", version: 1 })).rejects.toMatchObject({ code: "conflict", details: [{ field: "to", message: "allowed: in_review" }] });

    let postMortem = await movePostMortem(commander, incident.key, { to: "in_review", version: 1 });
    await expect(updatePostMortem(responder, incident.key, { version: postMortem.version, content: "late edit" })).rejects.toMatchObject({ code: "conflict", details: [{ field: "content" }] });
    postMortem = await movePostMortem(commander, incident.key, { to: "draft", version: postMortem.version });
    postMortem = await updatePostMortem(responder, incident.key, { version: postMortem.version, content: "fixed after review" });
    postMortem = await movePostMortem(commander, incident.key, { to: "in_review", version: postMortem.version });
    postMortem = await movePostMortem(commander, incident.key, { to: "published", version: postMortem.version });

    await expect(movePostMortem(commander, incident.key, { to: "draft", version: postMortem.version })).rejects.toMatchObject({ code: "forbidden" });
    const reopened = await movePostMortem(admin, incident.key, { to: "draft", version: postMortem.version });
    expect(reopened).toMatchObject({ status: "draft", publishedAt: null, publishedBy: null, content: "fixed after review" });
    const kinds = (await db().timelineEvent.findMany({ where: { incidentId: incident.id, kind: { startsWith: "postmortem." } }, orderBy: { id: "asc" } })).map((event) => event.kind);
    expect(kinds).toEqual(["postmortem.drafted", "postmortem.in_review", "postmortem.draft", "postmortem.edited", "postmortem.in_review", "postmortem.published", "postmortem.draft"]);
  });
});
