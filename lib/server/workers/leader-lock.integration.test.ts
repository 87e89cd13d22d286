import pg from "pg";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { pollUntil } from "@/lib/testing/poll-until";
import { holdLeaderLock, type LeaderLock } from "./leader-lock";

const log = pino({ level: "silent" });

async function scalar(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query<{ value: string }>(sql)).rows[0]!.value);
  } finally {
    await client.end();
  }
}
const lockSessions = () => scalar("SELECT count(*) AS value FROM pg_stat_activity WHERE application_name = 'rewind-leader-lock' AND datname = current_database()");
const grantedLocks = () => scalar("SELECT count(*) AS value FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND granted");

/** A lock holder as one Rewind instance would run it, with every change of leadership recorded. */
function instance(name: string, changes: string[]): LeaderLock {
  return holdLeaderLock({
    connectionString: process.env.DATABASE_URL!,
    lockKey: 4242,
    retryMs: 100,
    log,
    onChange: (leader) => changes.push(`${name}:${leader ? "leads" : "follows"}`),
  });
}

describe("the collector's leader lock on a real Postgres", () => {
  it("lets exactly one of two instances lead, and hands over when the leader stops", async () => {
    const changes: string[] = [];
    const a = instance("a", changes);
    const b = instance("b", changes);
    const first = await pollUntil("a leader", () => (a.isLeader() || b.isLeader() ? (a.isLeader() ? a : b) : undefined));
    const second = first === a ? b : a;
    // Both sessions are connected and have asked for the lock; Postgres granted it once.
    await pollUntil("both instances connected", async () => ((await lockSessions()) === 2 ? true : undefined));
    expect(await grantedLocks()).toBe(1);
    expect([a.isLeader(), b.isLeader()].filter(Boolean)).toHaveLength(1);

    await first.stop();
    await pollUntil("the other instance to lead", () => (second.isLeader() ? true : undefined), { timeoutMs: 2_000 });
    expect(first.isLeader()).toBe(false);
    await second.stop();
    expect(changes.filter((change) => change.endsWith("leads"))).toHaveLength(2);
  });
});
