import "server-only";
import pg from "pg";
import type { Logger } from "pino";

export type LeaderLock = { isLeader(): boolean; stop(): Promise<void> };

/**
 * Holds a Postgres session advisory lock on a connection of its own: the
 * instance holding it leads. When the instance or its connection dies,
 * Postgres releases the lock, and another instance takes it within `retryMs`.
 */
export function holdLeaderLock(options: { connectionString: string; lockKey: number; retryMs: number; log: Logger; onChange(leader: boolean): void }): LeaderLock {
  let client: pg.Client | null = null;
  let leader = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const setLeader = (value: boolean) => {
    if (leader === value) return;
    leader = value;
    options.onChange(value);
  };

  const dropClient = () => {
    const old = client;
    client = null;
    setLeader(false);
    void old?.end().catch(() => undefined);
  };

  const attempt = async () => {
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString: options.connectionString, application_name: "rewind-leader-lock" });
        fresh.on("error", (error) => {
          options.log.warn({ err: error }, "leader lock connection failed");
          if (client === fresh) dropClient();
        });
        await fresh.connect();
        client = fresh;
      }
      if (leader) {
        // The lock lives as long as the session: a cheap query proves the session is still there.
        await client.query("SELECT 1");
      } else {
        const result = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1) AS acquired", [options.lockKey]);
        setLeader(result.rows[0]?.acquired === true);
      }
    } catch (error) {
      options.log.warn({ err: error }, "leader lock check failed; retrying");
      dropClient();
    } finally {
      if (!stopped) timer = setTimeout(() => void attempt(), options.retryMs);
    }
  };
  void attempt();

  return {
    isLeader: () => leader,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const held = client;
      client = null;
      setLeader(false);
      // Closing the session releases the lock at once, so another instance takes over without waiting.
      await held?.end().catch(() => undefined);
    },
  };
}
