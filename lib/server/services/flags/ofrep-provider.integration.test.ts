import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { OFREPProvider } from "@openfeature/ofrep-provider";
import { OpenFeature } from "@openfeature/server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as evaluateFlagRoute } from "@/app/ofrep/v1/evaluate/flags/[key]/route";
import { POST as evaluateFlagsRoute } from "@/app/ofrep/v1/evaluate/flags/route";
import { seedToken, seedUser } from "@/lib/testing/seed";
import { createFeatureFlag } from "./create-feature-flag";
import { turnOffFlagSet } from "./turn-off-flag-set";

/**
 * Rewind's two OFREP route handlers behind a real HTTP server (a tiny
 * node:http adapter standing in for Next.js), read by the real OpenFeature
 * server SDK through the real OFREP provider, as an application would.
 */
const answered: { path: string; status: number }[] = [];
let server: Server;
let baseUrl: string;

async function toRequest(incoming: IncomingMessage, url: URL): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (let index = 0; index < incoming.rawHeaders.length; index += 2) headers.append(incoming.rawHeaders[index]!, incoming.rawHeaders[index + 1]!);
  return new Request(url, { method: incoming.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
}

beforeAll(async () => {
  server = createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const match = /^\/ofrep\/v1\/evaluate\/flags(?:\/([^/]+))?$/.exec(url.pathname);
    const request = await toRequest(incoming, url);
    const response = !match
      ? new Response(null, { status: 404 })
      : match[1]
        ? await evaluateFlagRoute(request, { params: Promise.resolve({ key: decodeURIComponent(match[1]) }) })
        : await evaluateFlagsRoute(request, { params: Promise.resolve({}) });
    answered.push({ path: url.pathname, status: response.status });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await OpenFeature.close();
  server.close();
  await once(server, "close");
});

async function clientWith(domain: string, headers: [string, string][]) {
  await OpenFeature.setProviderAndWait(domain, new OFREPProvider({ baseUrl, headers }));
  return OpenFeature.getClient(domain);
}

describe("an application reading Rewind's flags with the OpenFeature OFREP provider", () => {
  it("obeys an emergency rollback at its next evaluation", async () => {
    const { caller: admin } = await seedUser("admin");
    const { caller: commander } = await seedUser("commander");
    const { secret } = await seedToken("viewer");
    await createFeatureFlag(admin, { key: "shop.new-checkout", description: null, enabled: true, onValue: true, offValue: false, killSwitch: true, sets: ["checkout"] }, null);
    await createFeatureFlag(admin, { key: "shop.checkout-banner", description: null, enabled: true, onValue: "Try the new checkout", offValue: "", killSwitch: false, sets: ["checkout"] }, null);
    const client = await clientWith("shop", [["Authorization", `Bearer ${secret}`]]);

    expect(await client.getBooleanDetails("shop.new-checkout", false)).toMatchObject({ value: true, reason: "STATIC", variant: "on", flagMetadata: { killSwitch: true, sets: "checkout" } });
    expect(await client.getStringValue("shop.checkout-banner", "default")).toBe("Try the new checkout");

    await turnOffFlagSet(commander, "checkout", null);

    expect(await client.getBooleanDetails("shop.new-checkout", true)).toMatchObject({ value: false, reason: "DISABLED", variant: "off" });
    expect(await client.getStringValue("shop.checkout-banner", "default")).toBe("");
  });

  it("gets its code default with FLAG_NOT_FOUND for a flag Rewind does not have", async () => {
    const { secret } = await seedToken("viewer");
    const client = await clientWith("unknown-flag", [["Authorization", `Bearer ${secret}`]]);
    expect(await client.getBooleanDetails("shop.no-such-flag", true)).toMatchObject({ value: true, reason: "ERROR", errorCode: "FLAG_NOT_FOUND" });
  });

  it("gets its code default, never a flag value, without a valid token (Rewind answers 401)", async () => {
    const { caller: admin } = await seedUser("admin");
    await createFeatureFlag(admin, { key: "shop.secret-feature", description: null, enabled: true, onValue: true, offValue: false, killSwitch: false, sets: [] }, null);
    const client = await clientWith("no-token", [["Authorization", "Bearer rwd_not-a-token"]]);
    answered.length = 0;
    expect(await client.getBooleanDetails("shop.secret-feature", false)).toMatchObject({ value: false, reason: "ERROR", errorCode: "GENERAL" });
    expect(answered).toEqual([{ path: "/ofrep/v1/evaluate/flags/shop.secret-feature", status: 401 }]);
  });
});
