import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chromium } from "@playwright/test";
import { pollUntil } from "../lib/testing/poll-until";
import { startBenchDatabase } from "./support/bench-database";
import { describeMachine } from "./support/machine";
import { ms, numberFlag, summarize } from "./support/stats";

/**
 * Reports benchmark (issue #6): 10,000 incidents (with live runs, drills,
 * post-mortem action items and checklist items) in a fresh embedded database.
 * Measures the report's server time (GET /reports' use-case: five SQL
 * aggregates) over repeated calls with varied filters, then the reports page
 * in Chromium on a production build: navigation start → the charts drawn.
 * Targets: report p95 < 300 ms; page interactive < 2 s.
 *
 *   npm run bench:reports [-- --incidents 10000 --calls 200 --page-loads 10]
 */
const REPORT_P95_TARGET_MS = 300;
const INTERACTIVE_TARGET_MS = 2_000;
const incidentCount = numberFlag("incidents", 10_000);
const calls = numberFlag("calls", 200);
const pageLoads = numberFlag("page-loads", 10);
const PORT = Number(process.env.BENCH_REPORTS_PORT ?? 3231);
const ADMIN = { email: "bench-admin@rewind.test", password: "bench-admin-password-1" };
const CHUNK = 1_000;

async function main(): Promise<number> {
  const database = await startBenchDatabase("bench_reports");
  const { db, disconnectDb } = await import("@/lib/server/db/client");
  const { generateIncidentHistory } = await import("@/lib/domain/reports/generate-incident-history");
  const { insertIncidentHistory } = await import("@/lib/server/queries/reports/insert-incident-history");
  const { ensureActiveChecklistTemplate } = await import("@/lib/server/services/get-active-checklist-template");
  const { getReport } = await import("@/lib/server/services/reports/get-report");
  const { SYSTEM_ACTOR } = await import("@/lib/server/auth/caller");
  try {
    const services = [];
    for (const slug of ["storefront", "checkout-api", "payments-worker", "search", "accounts"]) {
      const service = await db().service.create({ data: { slug, name: `Bench ${slug}`, team: "bench", environment: "production" } });
      const plans = await Promise.all(
        (["application", "emergency_recovery", "feature_flag"] as const).map((type) => db().rollbackPlan.create({ data: { serviceId: service.id, type, name: `${type} plan` } })),
      );
      services.push({ id: service.id, name: service.name, plans: plans.map((plan) => ({ id: plan.id, name: plan.name, type: plan.type })) });
    }
    const template = await ensureActiveChecklistTemplate(db(), "post-rollback");
    const now = new Date();
    const history = generateIncidentHistory({ count: incidentCount, drills: Math.round(incidentCount / 20), now, days: 730, seed: 6, services, checklistTemplateId: template.id, newId: randomUUID, titleSuffix: "(bench)" });
    const seeding = performance.now();
    for (let start = 0; start < history.incidents.length; start += CHUNK) {
      await insertIncidentHistory(db(), history.incidents.slice(start, start + CHUNK), start === 0 ? history.drills : []);
    }
    await db().$executeRawUnsafe("ANALYZE");
    const counts = await db().$queryRaw<{ incidents: number; runs: number; items: number }[]>`
      SELECT (SELECT count(*) FROM "Incident")::int AS incidents, (SELECT count(*) FROM "RollbackRun")::int AS runs,
             ((SELECT count(*) FROM "ChecklistItem") + (SELECT count(*) FROM "PostMortemActionItem"))::int AS items`;
    console.log(`seeded ${JSON.stringify(counts[0])} in ${ms(performance.now() - seeding)}`);

    const day = (offsetDays: number) => new Date(now.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10);
    const filters = [
      {},
      { from: day(90), to: day(0) },
      { from: day(729), to: day(0) },
      { severity: "high" as const },
      { service: "checkout-api" },
      { from: day(365), to: day(180), severity: "critical" as const, service: "storefront" },
    ];
    for (const query of filters) await getReport(SYSTEM_ACTOR, query);
    const durations: number[] = [];
    for (let call = 0; call < calls; call += 1) {
      const started = performance.now();
      await getReport(SYSTEM_ACTOR, filters[call % filters.length] ?? {});
      durations.push(performance.now() - started);
    }
    const server = summarize(durations);
    console.log(`report server time over ${calls} calls (${filters.length} filter sets): p50 ${ms(server.p50)}, p95 ${ms(server.p95)}, p99 ${ms(server.p99)}, max ${ms(server.max)}`);

    await disconnectDb();
    const interactive = await measurePage(database.url);
    const page = summarize(interactive);
    console.log(`reports page interactive over ${interactive.length} loads: p50 ${ms(page.p50)}, max ${ms(page.max)}`);
    for (const line of await describeMachine(database.url)) console.log(line);
    const ok = server.p95 < REPORT_P95_TARGET_MS && page.p50 < INTERACTIVE_TARGET_MS;
    console.log(ok ? "PASS" : `FAIL: targets are report p95 < ${REPORT_P95_TARGET_MS} ms and page interactive < ${INTERACTIVE_TARGET_MS} ms`);
    return ok ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

/** The production server on the bench database; each load is a fresh navigation, timed in the page from navigation start to the charts drawn. */
async function measurePage(databaseUrl: string): Promise<number[]> {
  const server = spawn(process.execPath, ["--require", "./scripts/server-only-shim.cjs", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT), REWIND_DEMO: "off", REWIND_ADMIN_EMAIL: ADMIN.email, REWIND_ADMIN_PASSWORD: ADMIN.password, NEXTAUTH_URL: `http://localhost:${PORT}`, LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${PORT}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    await waitForHealth(base);
    const context = await browser.newContext({ baseURL: base });
    const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await context.request.post("/api/auth/callback/credentials", { form: { csrfToken, email: ADMIN.email, password: ADMIN.password, json: "true", callbackUrl: `${base}/reports` } });
    const page = await context.newPage();
    const timings: number[] = [];
    for (let load = 0; load <= pageLoads; load += 1) {
      await page.goto("/reports", { waitUntil: "commit" });
      await page.locator('[data-testid="chart-clock-trend"] svg.recharts-surface').first().waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="chart-incidents-over-time"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
      const elapsed = await page.evaluate(() => performance.now());
      // The first load warms the server's caches and compiles nothing (production build), but is left out like any warm-up.
      if (load > 0) timings.push(elapsed);
    }
    return timings;
  } finally {
    await browser.close();
    server.kill("SIGINT");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

function waitForHealth(base: string): Promise<true> {
  const healthy = () => fetch(`${base}/api/health`).then((response) => (response.ok ? true : undefined), () => undefined);
  return pollUntil("the production server to answer /api/health", healthy, { timeoutMs: 300_000, intervalMs: 500 });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
