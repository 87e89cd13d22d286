/**
 * A real Debian PostgreSQL cluster for the postgres action's tests (pg_dump
 * refuses Rewind's newer embedded server), reached with password
 * authentication through a URL held as a secret, as a non-superuser that owns
 * its database: "shop" databases with 3 customers and 5 orders.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect } from "vitest";
import { postgresParamsSchema, type PostgresParams } from "@/lib/domain/rollback/actions/postgres";
import { ActionFailure, type ActionResult } from "@/lib/server/integrations/rollback/action-executor";
import { postgresExecutor } from "@/lib/server/integrations/rollback/postgres";
import { startDebianPostgres, type DebianPostgres } from "./debian-postgres";
import { recordedContext, type Recorded } from "./postgres-action-context";

let cluster: DebianPostgres | undefined;
let workDir: string;
export const ROLE = "shop_owner";
// An '@' makes the URL carry the password percent-encoded: both forms must stay out of the logs.
export const PASSWORD = `p@ss-${randomBytes(8).toString("hex")}`;
export const SECRET = "shop-db-url";

/** Starts the cluster and the shop role for the test file; stops and cleans up after it. */
export function serveShopCluster(): void {
  beforeAll(async () => {
    cluster = await startDebianPostgres();
    workDir = await mkdtemp(path.join(os.tmpdir(), "rewind-pg-action-"));
    await asSuperuser("postgres", (client) => client.query(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}'`));
  });
  afterAll(async () => {
    await cluster?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });
}

/** The running cluster; only inside tests of a file that called serveShopCluster(). */
export function shopCluster(): DebianPostgres {
  if (!cluster) throw new Error("call serveShopCluster() in the test file first");
  return cluster;
}

export async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: shopCluster().superuserUrl(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type Shop = { database: string; url: string; query<R extends pg.QueryResultRow>(sql: string): Promise<R[]>; dir: string };

/** A fresh database owned by the shop role, with 3 customers and 5 orders, and a directory for its dumps. */
export async function createShop(): Promise<Shop> {
  const database = `shop_${randomBytes(4).toString("hex")}`;
  await asSuperuser("postgres", (client) => client.query(`CREATE DATABASE ${database} OWNER ${ROLE}`));
  const url = `postgresql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${shopCluster().port}/${database}`;
  const query = async <R extends pg.QueryResultRow>(sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<R>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  await query(`
    CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
    CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers, total numeric NOT NULL, note text);
    INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Linus');
    INSERT INTO orders VALUES (1, 1, 10, 'gift'), (2, 1, 20, null), (3, 2, 30, null), (4, 3, 40, 'rush'), (5, 3, 50, null);`);
  const dir = await mkdtemp(path.join(workDir, `${database}-`));
  return { database, url, query, dir };
}

export function params(input: Record<string, unknown>): PostgresParams {
  return postgresParamsSchema.parse({ database: { secret: SECRET }, ...input });
}

/** Neither the URL (any form) nor the password may show in a log line or a result. */
export function expectNoSecret(shop: Shop, recorded: Recorded, ...results: unknown[]): void {
  const text = [...recorded.lines.map(({ line }) => line), ...results.map((result) => JSON.stringify(result ?? null))].join("\n");
  for (const secret of [shop.url, PASSWORD, encodeURIComponent(PASSWORD), `${ROLE}@127.0.0.1`]) expect(text).not.toContain(secret);
}

export async function rejectionOf(promise: Promise<unknown>): Promise<ActionFailure> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ActionFailure);
  return error as ActionFailure;
}

export async function scratchDatabases(): Promise<string[]> {
  const rows = await asSuperuser("postgres", (client) => client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'rewind_validate_%'"));
  return rows.rows.map((row) => row.datname);
}

export async function safetyDump(shop: Shop, idempotencyKey = "run-a:0"): Promise<{ result: ActionResult; recorded: Recorded; file: string }> {
  const recorded = recordedContext(SECRET, shop.url, { idempotencyKey });
  const result = await postgresExecutor.execute(params({ operation: "safety_dump", directory: shop.dir }), recorded.context);
  return { result, recorded, file: String(result.details?.file) };
}


/** A directory for files the tests write, removed after the file's tests. */
export function scratchDirectory(): string {
  return workDir;
}
