import os from "node:os";
import pg from "pg";

/** What the numbers were measured on, printed with every result. */
export async function describeMachine(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const postgres = await client.query<{ server_version: string }>("SHOW server_version").finally(() => client.end());
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return [
    `machine   ${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}`,
    `runtime   node ${process.version}, embedded Postgres ${postgres.rows[0]?.server_version ?? "?"}`,
    // Other work on the same cores skews every figure: a load above the core count means the run was contended.
    `load avg  ${os.loadavg().map((load) => load.toFixed(2)).join(" / ")} (1 / 5 / 15 min, all processes on the machine)`,
  ];
}
