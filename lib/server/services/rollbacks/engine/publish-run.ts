import "server-only";
import type { RunWithSteps } from "../../../queries/rollback-runs";
import { publish } from "../../../realtime/realtime-server";
import { toRollbackRunDto } from "../rollback-run-dto";

/**
 * Where a run's changes and logs go: its incident's room, and the service's
 * room unless the incident is private (a private incident's rollback is not
 * for everyone watching the service).
 */
export function runRooms(run: Pick<RunWithSteps, "serviceId" | "incidentId" | "incident">): string[] {
  const rooms: string[] = [];
  if (run.incidentId) rooms.push(`incident:${run.incidentId}`);
  if (!run.incident?.private) rooms.push(`service:${run.serviceId}`);
  return rooms;
}

/** After the commit: every viewer's run view updates. */
export function publishRun(run: RunWithSteps): void {
  const dto = toRollbackRunDto(run);
  for (const room of runRooms(run)) publish(room, "rollback:run", dto);
}
