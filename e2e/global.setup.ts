import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { test as setup, expect } from "@playwright/test";
import { E2E_SERVER, FIXTURES_FILE } from "./support/e2e-environment";
import type { SeededData, SeededUser } from "./support/fixtures";

/**
 * Seeds the run: an admin API token from the real CLI while the server is
 * running (so the CLI joins the server's embedded Postgres), then a user of
 * every role and a viewer token through the real API.
 */
setup("seed users and tokens", async ({ request }) => {
  const adminToken = execFileSync("npm", ["run", "--silent", "rewind", "--", "token", "create", "--name", "e2e admin", "--role", "admin"], {
    env: { ...process.env, ...E2E_SERVER.env },
    encoding: "utf8",
  }).trim();
  expect(adminToken).toMatch(/^rwd_[\w-]{43}$/);
  const headers = { authorization: `Bearer ${adminToken}` };

  const tokenFor = async (role: SeededUser["role"]) => {
    const response = await request.post("/api/v1/tokens", { headers, data: { name: `e2e ${role}`, role } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { secret: string }).secret;
  };
  const viewerToken = await tokenFor("viewer");
  const commanderToken = await tokenFor("commander");

  // The server runs the demo: the sandbox fleet registers itself, checkout-api among it.
  const servicesResponse = await request.get("/api/v1/services", { headers });
  expect(servicesResponse.status()).toBe(200);
  const { services } = (await servicesResponse.json()) as { services: { id: string; slug: string }[] };
  const service = services.find((entry) => entry.slug === "checkout-api");
  if (!service) throw new Error("the demo fleet did not register checkout-api");

  const users = { admin: { ...E2E_SERVER.admin, role: "admin" } } as Record<SeededUser["role"], SeededUser>;
  for (const role of ["viewer", "responder", "commander"] as const) {
    const user = { email: `${role}@e2e.test`, password: `e2e-${role}-password`, role };
    const response = await request.post("/api/v1/users", { headers, data: { ...user, name: `E2E ${role[0]?.toUpperCase()}${role.slice(1)}` } });
    expect(response.status(), await response.text()).toBe(201);
    users[role] = user;
  }

  const data: SeededData = { adminToken, viewerToken, commanderToken, serviceId: service.id, users };
  writeFileSync(FIXTURES_FILE, JSON.stringify(data, null, 2));
});
