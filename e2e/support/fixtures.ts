import { readFileSync } from "node:fs";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_SERVER, FIXTURES_FILE } from "./e2e-environment";

export type SeededUser = { email: string; password: string; role: "viewer" | "responder" | "commander" | "admin" };
export type SeededData = {
  adminToken: string;
  viewerToken: string;
  commanderToken: string;
  /** The demo's "HomeVerse Checkout API" (slug checkout-api), which every incident spec can name. */
  serviceId: string;
  users: Record<SeededUser["role"], SeededUser>;
};

export function seeded(): SeededData {
  return JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as SeededData;
}

/**
 * Signs in through next-auth's own endpoints (CSRF token, then the
 * credentials callback), sharing cookies with the page. Only the login spec
 * goes through the form.
 */
export async function signInViaApi(request: APIRequestContext, user: { email: string; password: string }): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true", callbackUrl: `${E2E_SERVER.baseUrl}/incidents` },
  });
  expect(response.ok(), `sign-in as ${user.email} answered ${response.status()}`).toBe(true);
}

export const test = base.extend<{ signedInAs: (role: SeededUser["role"]) => Promise<Page> }>({
  signedInAs: async ({ page }, provide) => {
    await provide(async (role) => {
      await signInViaApi(page.request, seeded().users[role]);
      return page;
    });
  },
});

export { expect };
