/** The e2e server's fixed settings, shared by playwright.config.ts, the server script and the specs. */
const port = 3210;

export const E2E_SERVER = {
  baseUrl: `http://localhost:${port}`,
  dataDir: ".data/e2e",
  admin: { email: "admin@e2e.test", password: "e2e-admin-password-1" },
  env: {
    PORT: String(port),
    REWIND_DATA_DIR: ".data/e2e",
    REWIND_EMBEDDED_PG_PORT: "54339",
    REWIND_ADMIN_EMAIL: "admin@e2e.test",
    REWIND_ADMIN_PASSWORD: "e2e-admin-password-1",
    // Specs set X-Forwarded-For to get a client address of their own, so the
    // sign-in limit one spec provokes does not lock out the others.
    REWIND_TRUST_PROXY: "1",
    // The demo fleet runs (the live-health specs break and reset it), on free ports.
    REWIND_DEMO: "on",
    REWIND_SANDBOX_PORT: "0",
    NEXTAUTH_URL: `http://localhost:${port}`,
    LOG_LEVEL: "warn",
  },
};

export const FIXTURES_FILE = ".data/e2e/fixtures.json";
