import "server-only";
import { allowedNextStatuses } from "@/lib/domain/incidents/lifecycle";
import type { IncidentRow } from "../queries/incidents";

/** The JSON shape of an incident (docs/api.md), for the API and the socket room alike. */
export function toIncidentDto(row: IncidentRow) {
  return {
    id: row.id,
    key: `INC-${row.number}`,
    number: row.number,
    title: row.title,
    summary: row.summary,
    severity: row.severity,
    scenario: row.scenario,
    status: row.status,
    allowedTransitions: [...allowedNextStatuses(row.status)],
    private: row.private,
    mitigation: row.mitigation,
    commander: row.commander,
    services: row.services.map(({ service }) => service),
    participants: row.participants.map(({ user, role }) => ({ user, role })),
    detectedAt: row.detectedAt.toISOString(),
    declaredAt: row.declaredAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    mitigationStartedAt: row.mitigationStartedAt?.toISOString() ?? null,
    mitigatedAt: row.mitigatedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export type IncidentDto = ReturnType<typeof toIncidentDto>;
