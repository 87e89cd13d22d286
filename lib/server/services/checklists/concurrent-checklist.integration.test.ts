import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as updateItemRoute } from "@/app/api/v1/checklist-items/[itemId]/route";
import { GET as listChecklistsRoute } from "@/app/api/v1/incidents/[incidentRef]/checklists/route";
import { db } from "@/lib/server/db/client";
import { seedIncident, seedToken, seedUser } from "@/lib/testing/seed";
import { transitionIncident } from "../transition-incident";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Item = { id: string; text: string; note: string | null; doneAt: string | null; version: number };
type Answer = { status: number; body: { item?: Item; checklists?: { items: Item[] }[]; error?: { code: string; current?: Item & { changedBy: string | null } } } };

const CLIENTS = 20;

/** Rewind's route handlers behind a real HTTP server on a loopback port, as the clients reach them. */
let server: http.Server;
let baseUrl: string;
beforeAll(async () => {
  server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const url = new URL(incoming.url ?? "/", "http://rewind.test");
      const itemMatch = /^\/api\/v1\/checklist-items\/([^/]+)$/.exec(url.pathname);
      const listMatch = /^\/api\/v1\/incidents\/([^/]+)\/checklists$/.exec(url.pathname);
      const [handler, params]: [Handler, Record<string, string>] | [null, null] = itemMatch?.[1]
        ? [updateItemRoute as Handler, { itemId: itemMatch[1] }]
        : listMatch?.[1]
          ? [listChecklistsRoute as Handler, { incidentRef: listMatch[1] }]
          : [null, null];
      if (!handler) {
        outgoing.writeHead(404).end();
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void handler(new Request(url, { method: incoming.method, headers, body }), { params: Promise.resolve(params) }).then(async (response) => {
        outgoing.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" });
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function send(secret: string, method: "GET" | "PATCH", path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

/** An incident that reached monitoring, so it has the post-rollback checklists. */
async function restoredIncident() {
  const { caller: commander } = await seedUser("commander");
  const incident = await seedIncident(commander);
  await transitionIncident(commander, incident.key, { version: incident.version, to: "mitigating" });
  await transitionIncident(commander, incident.key, { version: incident.version + 1, to: "monitoring" });
  return incident;
}

describe("20 concurrent clients on one checklist", () => {
  it("lose no update: each read-modify-write lands once, every conflict is a 409 with the current item, none is a 500", async () => {
    const incident = await restoredIncident();
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => seedToken("responder")));
    const listed = await send(clients[0]!.secret, "GET", `/api/v1/incidents/${incident.key}/checklists`);
    const items = listed.body.checklists?.[0]?.items ?? [];
    expect(items.length).toBeGreaterThanOrEqual(10);
    const shared = items[0]!;
    const statuses: number[] = [];

    // Every client appends its own tag to the shared item's note, starting from the state it read, and ticks one of ten items that two clients share.
    const results = await Promise.all(
      clients.map(async (client, index) => {
        const tag = `client-${index}`;
        let known: Item = shared;
        let landed: Item | null = null;
        for (let attempt = 0; attempt < CLIENTS * 2 && !landed; attempt += 1) {
          const answer = await send(client.secret, "PATCH", `/api/v1/checklist-items/${shared.id}`, { version: known.version, note: [known.note, tag].filter(Boolean).join(",") });
          statuses.push(answer.status);
          if (answer.status === 200 && answer.body.item) landed = answer.body.item;
          else if (answer.status === 409 && answer.body.error?.current) known = answer.body.error.current;
          else break;
        }
        const ticked = items[1 + (index % 10)]!;
        const tick = await send(client.secret, "PATCH", `/api/v1/checklist-items/${ticked.id}`, { version: ticked.version, done: true });
        statuses.push(tick.status);
        return { tag, landed, tick };
      }),
    );

    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    expect(results.every((result) => result.landed !== null)).toBe(true);

    const stored = await db().checklistItem.findUniqueOrThrow({ where: { id: shared.id } });
    expect((stored.note ?? "").split(",").sort()).toEqual(results.map((result) => result.tag).sort());
    expect(stored.version).toBe(1 + CLIENTS);
    // Each success got its own version: none was overwritten by another.
    expect(results.map((result) => result.landed?.version).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: CLIENTS }, (_, index) => index + 2));
    expect(await db().timelineEvent.count({ where: { incidentId: incident.id, kind: "checklist.item_updated", payload: { path: ["itemId"], equals: shared.id } } })).toBe(CLIENTS);

    // Two clients ticked each of ten items at version 1: one won, the other got a 409 showing the tick.
    for (let slot = 0; slot < 10; slot += 1) {
      const pair = results.filter((_, index) => index % 10 === slot).map((result) => result.tick);
      expect(pair.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const conflict = pair.find((answer) => answer.status === 409)?.body.error;
      expect(conflict).toMatchObject({ code: "conflict", current: { version: 2, doneAt: expect.any(String), changedBy: expect.stringMatching(/responder token/) } });
      const item = await db().checklistItem.findUniqueOrThrow({ where: { id: items[1 + slot]!.id } });
      expect(item).toMatchObject({ version: 2, doneAt: expect.any(Date) });
    }
  });
});
