import type { Scenario } from "@/lib/domain/decisions/decision-matrix";
import type { Severity } from "@/lib/domain/incidents/lifecycle";
import { db } from "@/lib/server/db/client";

/**
 * An incident row for tests of what happens after declaring one (decisions,
 * checklists), written straight to the database so those tests do not
 * depend on the declare-incident use-case.
 */
export async function seedIncident(
  options: { severity?: Severity; scenario?: Scenario | null; private?: boolean; participantUserIds?: string[] } = {},
): Promise<{ id: string; key: string }> {
  const incident = await db().incident.create({
    data: {
      title: "Checkout returns 500s",
      severity: options.severity ?? "high",
      scenario: options.scenario ?? null,
      private: options.private ?? false,
      detectedAt: new Date(),
      participants: { create: (options.participantUserIds ?? []).map((userId) => ({ userId, role: "responder" as const })) },
    },
    select: { id: true, number: true },
  });
  return { id: incident.id, key: `INC-${incident.number}` };
}
