import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedService, seedToken } from "@/lib/testing/seed";
import { publish } from "./realtime-server";
import { attachSocketServer } from "./socket-server";

/** Two socket.io servers on one database, as two Rewind instances would run them. */
type Instance = { http: HttpServer; close: () => Promise<void>; url: string };
const instances: Instance[] = [];
const clients: Socket[] = [];

async function startInstance(): Promise<Instance> {
  const http = createServer();
  const { close } = attachSocketServer(http, process.env.DATABASE_URL as string);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const instance = { http, close, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  instances.push(instance);
  return instance;
}

async function watchService(instance: Instance, token: string, serviceId: string): Promise<Socket> {
  const socket = connect(instance.url, { path: "/socket.io", transports: ["websocket"], auth: { token }, reconnection: false, forceNew: true });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  expect(await socket.timeout(5_000).emitWithAck("room:join", { room: { kind: "service", id: serviceId } })).toMatchObject({ ok: true });
  return socket;
}

let a: Instance;
let b: Instance;
beforeAll(async () => {
  a = await startInstance();
  // The last attached server is the one `publish` uses in this process: instance B publishes.
  b = await startInstance();
});
afterAll(async () => {
  for (const client of clients) client.close();
  for (const instance of instances) {
    await instance.close();
    await new Promise((resolve) => instance.http.close(resolve));
  }
});

describe("a broadcast published on one instance", () => {
  it("reaches the room's clients on that instance and on the other one, once each", async () => {
    const { secret } = await seedToken("viewer");
    const service = await seedService();
    const onA = await watchService(a, secret, service.id);
    const onB = await watchService(b, secret, service.id);
    const receivedOnA: unknown[] = [];
    const receivedOnB: unknown[] = [];
    onA.on("health:sample", (payload) => receivedOnA.push(payload));
    onB.on("health:sample", (payload) => receivedOnB.push(payload));
    const arrivedOnA = new Promise((resolve) => onA.once("health:sample", resolve));
    const arrivedOnB = new Promise((resolve) => onB.once("health:sample", resolve));

    publish(`service:${service.id}`, "health:sample", { serviceId: service.id, n: 1 });
    await expect(arrivedOnB).resolves.toEqual({ serviceId: service.id, n: 1 });
    await expect(arrivedOnA).resolves.toEqual({ serviceId: service.id, n: 1 });

    // A second broadcast, awaited on both, proves the first was not delivered twice meanwhile.
    const secondOnA = new Promise((resolve) => onA.once("health:sample", resolve));
    const secondOnB = new Promise((resolve) => onB.once("health:sample", resolve));
    publish(`service:${service.id}`, "health:sample", { serviceId: service.id, n: 2 });
    await Promise.all([secondOnA, secondOnB]);
    expect(receivedOnA).toEqual([{ serviceId: service.id, n: 1 }, { serviceId: service.id, n: 2 }]);
    expect(receivedOnB).toEqual([{ serviceId: service.id, n: 1 }, { serviceId: service.id, n: 2 }]);
  });
});
