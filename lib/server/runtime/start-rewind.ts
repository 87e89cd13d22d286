import "server-only";
import path from "node:path";
import { config } from "../config";
import { disconnectDb } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { logger } from "../observability/logger";
import { attachSocketServer } from "../realtime/socket-server";
import { ensureAuthSecret } from "../services/ensure-auth-secret";
import { ensureFirstAdmin } from "../services/ensure-first-admin";
import { createRewindHttpServer } from "./http-server";
import { openDatabase } from "./open-database";
import { startBackgroundWork } from "./start-background-work";

/**
 * Starts one Rewind instance: database (embedded or DATABASE_URL), migrations,
 * first admin, then Next.js and socket.io on one HTTP server. Ctrl-C or
 * SIGTERM stops it cleanly, embedded Postgres included.
 */
export async function startRewind(options: { dev: boolean; projectDir: string }): Promise<void> {
  const settings = config();
  process.env.REWIND_INSTANCE_ID = settings.REWIND_INSTANCE_ID;
  const log = logger.child({ component: "server" });

  const database = await openDatabase(settings, log);
  process.env.DATABASE_URL = database.url;
  await migrateDatabase(database.url, log);
  process.env.NEXTAUTH_SECRET = await ensureAuthSecret(settings.NEXTAUTH_SECRET);
  process.env.NEXTAUTH_URL ??= `http://localhost:${settings.PORT}`;

  const admin = await ensureFirstAdmin({ email: settings.REWIND_ADMIN_EMAIL, password: settings.REWIND_ADMIN_PASSWORD });
  if (admin) printFirstAdmin(admin);

  const { server, closeNext } = await createRewindHttpServer({
    dev: options.dev,
    dir: path.resolve(options.projectDir),
    port: settings.PORT,
    trustProxy: settings.REWIND_TRUST_PROXY,
    logger: log,
  });
  const realtime = attachSocketServer(server, database.url);
  const background = await startBackgroundWork(settings, database.url, log);
  await new Promise<void>((resolve) => server.listen(settings.PORT, settings.HOST, resolve));
  log.info({ url: process.env.NEXTAUTH_URL, instance: settings.REWIND_INSTANCE_ID, dev: options.dev }, "Rewind is ready");
  console.log(`\n  Rewind is running at ${process.env.NEXTAUTH_URL}\n`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    const forced = setTimeout(() => process.exit(1), 10_000).unref();
    server.close();
    server.closeIdleConnections();
    await background.stop().catch((error: unknown) => log.error({ err: error }, "background work did not stop cleanly"));
    await realtime.close();
    await closeNext().catch(() => undefined);
    await disconnectDb();
    await database.stop();
    clearTimeout(forced);
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function printFirstAdmin(admin: { email: string; password: string; generated: boolean }): void {
  const lines = [
    "First run: an admin account was created.",
    `  Email:    ${admin.email}`,
    admin.generated ? `  Password: ${admin.password}` : "  Password: the one in REWIND_ADMIN_PASSWORD",
    admin.generated ? "This password is shown only once. Change it after signing in." : "",
  ].filter(Boolean);
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  const border = "=".repeat(width);
  console.log(`\n${border}\n${lines.map((line) => `  ${line}`).join("\n")}\n${border}\n`);
}
