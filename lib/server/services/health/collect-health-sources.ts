import "server-only";
import { parseHealthSourceDefinition } from "@/lib/domain/health/health-source-config";
import { advanceCarry, readCarry, type SourceCarry } from "@/lib/domain/health/source-carry";
import { db } from "../../db/client";
import type { HealthSourceKind } from "../../db/generated/client";
import { toHealthSampleDto } from "../../dto/health";
import { collectFromSource } from "../../integrations/health/collect-from-source";
import { failedCollection, type CollectionResult } from "../../integrations/health/collection-result";
import { listDueHealthSources } from "../../queries/health-sources";
import { publish } from "../../realtime/realtime-server";
import { evaluateHealthSignals } from "./evaluate-health-signals";
import { recordHealthCollection } from "./record-health-collection";

export type CollectedSource = {
  sourceId: string;
  serviceId: string;
  kind: HealthSourceKind;
  /** When this tick started: the source's interval counts from here, not from when its answer came. */
  tickAt: Date;
  at: Date;
  result: CollectionResult;
  carry: SourceCarry;
  consecutiveFailures: number;
  /** The version the previous scrape saw, to notice a deploy. */
  previousVersion: string | null;
};

/**
 * One collector tick: every source whose interval has passed is collected at
 * once, written in one batch, judged against its thresholds, then streamed.
 */
export async function collectHealthSources(now = new Date()): Promise<{ collected: number; writeMs: number }> {
  const due = await listDueHealthSources(db(), now);
  if (due.length === 0) return { collected: 0, writeMs: 0 };

  const collected = await Promise.all(
    due.map(async (source): Promise<CollectedSource> => {
      const carry = readCarry(source.carry);
      const result = await collectSafely(source.kind, source.config, carry);
      const at = new Date();
      return {
        sourceId: source.id,
        serviceId: source.serviceId,
        kind: source.kind,
        tickAt: now,
        at,
        result,
        carry: advanceCarry(carry, result, at.getTime()),
        consecutiveFailures: result.ok ? 0 : source.consecutiveFailures + 1,
        previousVersion: carry.last?.version ?? null,
      };
    }),
  );

  const { writeMs } = await recordHealthCollection(collected);
  const statuses = await evaluateHealthSignals(collected);
  for (const entry of collected) {
    publish(`service:${entry.serviceId}`, "health:sample", {
      serviceId: entry.serviceId,
      sample: toHealthSampleDto({ ...entry.result, sourceId: entry.sourceId, at: entry.at }),
      status: statuses.get(entry.serviceId) ?? "unknown",
    });
  }
  return { collected: collected.length, writeMs };
}

/** A source saved before a config rule tightened is a failed sample with the reason, not a crashed tick. */
async function collectSafely(kind: HealthSourceKind, config: unknown, carry: SourceCarry): Promise<CollectionResult> {
  let definition;
  try {
    definition = parseHealthSourceDefinition(kind, config);
  } catch {
    return failedCollection("the source's configuration is no longer valid: edit it in the service's settings", null);
  }
  return collectFromSource(definition, carry.last);
}
