import { io, type Socket } from "socket.io-client";
import { E2E_SERVER } from "./support/e2e-environment";
import { expect, seeded, test } from "./support/fixtures";

type JoinAck = { ok: true; room: string } | { ok: false; error: string };

function connect(auth: { token?: string }): Socket {
  return io(E2E_SERVER.baseUrl, { path: "/socket.io", auth, transports: ["websocket"], reconnection: false, forceNew: true });
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

function join(socket: Socket, room: unknown): Promise<JoinAck> {
  return socket.timeout(5_000).emitWithAck("room:join", { room });
}

test.describe("socket.io on the real server", () => {
  test("refuses a connection without credentials or with a bad token", async () => {
    for (const auth of [{}, { token: "rwd_forged" }]) {
      const socket = connect(auth);
      await expect(connected(socket)).rejects.toThrow("unauthorized");
      socket.close();
    }
  });

  test("authorises every room join, answering through the acknowledgement", async () => {
    const viewer = connect({ token: seeded().viewerToken });
    await connected(viewer);
    expect(await join(viewer, { kind: "audit" })).toEqual({ ok: false, error: "forbidden: your role cannot join this room" });
    expect(await join(viewer, { kind: "incident", id: "not-a-uuid" })).toMatchObject({ ok: false });
    expect(await join(viewer, { kind: "incident", id: "7f0c9b39-4c55-4f8f-8d43-1f3b1f1f1f1f" })).toEqual({ ok: false, error: "not found" });
    expect(await join(viewer, { kind: "incidents" })).toEqual({ ok: true, room: "incidents" });
    viewer.close();
  });

  test("an API change reaches a subscribed client as an event", async ({ request }) => {
    const admin = connect({ token: seeded().adminToken });
    await connected(admin);
    expect(await join(admin, { kind: "audit" })).toEqual({ ok: true, room: "audit" });
    const received = new Promise<{ action: string; payload: { email: string } }>((resolve) => {
      admin.on("audit:created", (event: { action: string; payload: { email: string } }) => {
        if (event.action === "user.created" && event.payload.email === "live@e2e.test") resolve(event);
      });
    });

    const response = await request.post("/api/v1/users", {
      headers: { authorization: `Bearer ${seeded().adminToken}` },
      data: { email: "live@e2e.test", name: "Live Person", role: "viewer" },
    });
    expect(response.status()).toBe(201);
    await expect(received).resolves.toMatchObject({ action: "user.created", payload: { email: "live@e2e.test" } });
    admin.close();
  });
});
