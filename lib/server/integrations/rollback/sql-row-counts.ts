import "server-only";
import pg from "pg";
import { ActionFailure } from "./action-executor";

function quoteIdentifier(name: string): string {
  return name
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");
}

/** Exact row counts of the named tables (verification compares them with the counts captured before the rollback). */
export async function countRows(connectionString: string, tables: readonly string[], signal: AbortSignal): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, application_name: "rewind-verification" });
  const onAbort = () => void client.end().catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    await client.connect();
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const result = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${quoteIdentifier(table)}`);
      counts[table] = Number(result.rows[0]?.count ?? 0);
    }
    return counts;
  } catch (error) {
    // pg's messages name the table or the host, never the password.
    throw new ActionFailure(`could not count rows: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    signal.removeEventListener("abort", onAbort);
    await client.end().catch(() => undefined);
  }
}
