import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { addParticipant } from "@/lib/server/services/add-participant";
import { transitionIncident } from "@/lib/server/services/transition-incident";
import { updateIncident } from "@/lib/server/services/update-incident";
import { seedIncident, seedUser } from "@/lib/testing/seed";
import { getRealtimeServer } from "./realtime-server";
import { attachSocketServer } from "./socket-server";

/** A real socket.io server on the test database, and real clients signed in with session cookies. */
let httpServer: HttpServer;
let closeRealtime: () => Promise<void>;
let baseUrl: string;
const clients: Socket[] = [];

beforeAll(async () => {
  httpServer = createServer();
  closeRealtime = attachSocketServer(httpServer, process.env.DATABASE_URL as string).close;
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const client of clients) client.close();
  await closeRealtime();
  await new Promise((resolve) => httpServer.close(resolve));
});

type JoinAck = { ok: true; room: string } | { ok: false; error: string };

async function signedIn(caller: Caller): Promise<Socket & { received: Array<[string, unknown]> }> {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: caller.userId as string }, secret: process.env.NEXTAUTH_SECRET as string })}`;
  const socket = connect(baseUrl, { path: "/socket.io", transports: ["websocket"], extraHeaders: { cookie }, reconnection: false, forceNew: true });
  clients.push(socket);
  const received: Array<[string, unknown]> = [];
  socket.onAny((event: string, payload: unknown) => received.push([event, payload]));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return Object.assign(socket, { received });
}

function join(socket: Socket, room: unknown): Promise<JoinAck> {
  return socket.timeout(5_000).emitWithAck("room:join", { room });
}

function next(socket: Socket, event: string): Promise<unknown> {
  return new Promise((resolve) => socket.once(event, resolve));
}

describe("incident rooms over socket.io", () => {
  it("let any signed-in person join the incident list, and answer `not found` for hidden and missing incidents alike", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const hidden = await seedIncident(commander, { private: true });
    const open = await seedIncident(commander);
    const socket = await signedIn(viewer);

    expect(await join(socket, { kind: "incidents" })).toEqual({ ok: true, room: "incidents" });
    expect(await join(socket, { kind: "incident", id: open.id })).toEqual({ ok: true, room: `incident:${open.id}` });
    expect(await join(socket, { kind: "incident", id: hidden.id })).toEqual({ ok: false, error: "not found" });
    expect(await join(socket, { kind: "incident", id: "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f" })).toEqual({ ok: false, error: "not found" });
    expect(await join(socket, { kind: "incident", id: "INC-1" })).toMatchObject({ ok: false });

    await addParticipant(commander, hidden.key, { userId: viewer.userId as string, role: "observer" });
    expect(await join(socket, { kind: "incident", id: hidden.id })).toEqual({ ok: true, room: `incident:${hidden.id}` });
  });

  it("deliver a change to the incident's room and a content-free nudge to the list room", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const incident = await seedIncident(commander);
    const socket = await signedIn(viewer);
    await join(socket, { kind: "incidents" });
    await join(socket, { kind: "incident", id: incident.id });

    const updated = next(socket, "incident:updated");
    const timeline = next(socket, "timeline:created");
    const listChanged = next(socket, "incidents:changed");
    await transitionIncident(commander, incident.key, { to: "investigating", version: 1 });

    expect(await updated).toMatchObject({ incident: { id: incident.id, status: "investigating", version: 2 } });
    expect(await timeline).toMatchObject({ incidentId: incident.id, kind: "incident.status_changed", payload: { from: "declared", to: "investigating" } });
    expect(await listChanged).toEqual({});
  });

  it("remove people who lose sight of an incident from its room before telling the room", async () => {
    const { caller: commander } = await seedUser("commander");
    const { caller: viewer } = await seedUser("viewer");
    const incident = await seedIncident(commander);
    const outsider = await signedIn(viewer);
    const insider = await signedIn(commander);
    await join(outsider, { kind: "incident", id: incident.id });
    await join(outsider, { kind: "incidents" });
    await join(insider, { kind: "incident", id: incident.id });

    const insiderSaw = next(insider, "incident:updated");
    // Published after the room update, on the same connection: once it arrives, anything sent to the incident room before it has too.
    const outsiderListChanged = next(outsider, "incidents:changed");
    await updateIncident(commander, incident.key, { version: 1, private: true, title: "Token leak in logs" });
    expect(await insiderSaw).toMatchObject({ incident: { private: true, title: "Token leak in logs" } });

    const watchers = (await getRealtimeServer()?.in(`incident:${incident.id}`).fetchSockets())?.map((socket) => socket.id);
    expect(watchers).toEqual([insider.id]);
    await outsiderListChanged;
    expect(outsider.received.filter(([event]) => event !== "incidents:changed")).toEqual([]);
  });
});
