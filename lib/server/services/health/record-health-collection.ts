import "server-only";
import { writeCarry } from "@/lib/domain/health/source-carry";
import { classifyVersionChange } from "@/lib/domain/health/version-change";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { toHealthMarker } from "../../dto/health";
import { metrics } from "../../observability/metrics-registry";
import { insertHealthSamples, skipCommitFlush } from "../../queries/health-samples";
import { recordSourceCollections } from "../../queries/health-sources";
import { insertServiceChange, type ServiceChangeRow } from "../../queries/service-changes";
import { publish } from "../../realtime/realtime-server";
import type { CollectedSource } from "./collect-health-sources";

/** The tick's samples, the sources' new carry, and any version change seen, in one transaction. */
export async function recordHealthCollection(collected: readonly CollectedSource[]): Promise<{ writeMs: number }> {
  const started = performance.now();
  const changes = await db().$transaction(async (tx) => {
    await skipCommitFlush(tx);
    await insertHealthSamples(
      tx,
      collected.map(({ serviceId, sourceId, at, result }) => ({
        serviceId,
        sourceId,
        at,
        ok: result.ok,
        requestRate: result.requestRate,
        errorRate: result.errorRate,
        p95Ms: result.p95Ms,
        latencyMs: result.latencyMs,
        version: result.version,
        error: result.error,
      })),
    );
    await recordSourceCollections(
      tx,
      collected.map((entry) => ({
        id: entry.sourceId,
        carry: writeCarry(entry.carry) as Prisma.InputJsonValue,
        lastCollectedAt: entry.tickAt,
        lastError: entry.result.error,
        consecutiveFailures: entry.consecutiveFailures,
      })),
    );
    const rows: ServiceChangeRow[] = [];
    for (const entry of collected) {
      const toVersion = entry.result.version;
      if (!toVersion || !entry.previousVersion || toVersion === entry.previousVersion) continue;
      rows.push(
        await insertServiceChange(tx, {
          serviceId: entry.serviceId,
          kind: classifyVersionChange(entry.previousVersion, toVersion),
          fromVersion: entry.previousVersion,
          toVersion,
          at: entry.at,
          source: "collector",
        }),
      );
    }
    return rows;
  });
  const writeSeconds = (performance.now() - started) / 1000;
  metrics().healthBatchWrite.observe(writeSeconds);
  for (const change of changes) publish(`service:${change.serviceId}`, "service:change", { serviceId: change.serviceId, marker: toHealthMarker(change) });
  return { writeMs: writeSeconds * 1000 };
}
