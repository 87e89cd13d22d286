import "server-only";
import type { Breach } from "@/lib/domain/health/thresholds";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { findFirstPlanOfType, listPlansOfService } from "../../queries/rollback-plans";
import { findActiveLiveRuns, listRunsOfIncident } from "../../queries/rollback-runs";
import { listActiveCommanderIds } from "../../queries/commanders";
import { publish } from "../../realtime/realtime-server";
import { startRollbackRun } from "./start-rollback-run";

export type AutomaticRollbackOutcome = { started: true; runId: string; planName: string } | { started: false; reason: string };

/**
 * Seed 002's "Automated Rollback Triggers": a breach on a service whose policy
 * allows it starts its application plan (or its first plan) without a human.
 * Destructive steps still wait for a commander's typed confirmation.
 */
export async function startAutomaticRollback(monitor: Actor, service: { id: string; name: string; slug: string }, incident: { id: string; number: number }, breaches: readonly Breach[]): Promise<AutomaticRollbackOutcome> {
  const plan = (await findFirstPlanOfType(db(), service.id, "application")) ?? (await listPlansOfService(db(), service.id)).find((candidate) => candidate.type !== "emergency_recovery");
  if (!plan) return { started: false, reason: "this service has no rollback plan yet: nothing was started" };
  if ((await findActiveLiveRuns(db(), service.id)).length > 0) return { started: false, reason: "a rollback of this service is already running" };
  // One automatic attempt per incident and service: if it did not hold, a person decides what comes next.
  const earlier = (await listRunsOfIncident(db(), incident.id)).find((run) => run.trigger === "automatic" && run.serviceId === service.id);
  if (earlier) return { started: false, reason: "Rewind already rolled this service back automatically for this incident; a commander decides what comes next" };
  const reason = `Automatic: ${breaches.map((breach) => breach.message).join("; ")}`;
  const run = await startRollbackRun(monitor, plan.id, { mode: "live", incident: incident.id, reason, overrideConcurrent: false, trigger: "automatic" }, null);
  const notice = {
    title: `Automatic rollback of ${service.name}`,
    body: `${reason}. Rewind started “${plan.name}” on INC-${incident.number}.`,
    href: `/incidents/INC-${incident.number}`,
  };
  for (const commander of await listActiveCommanderIds(db())) publish(`user:${commander.id}`, "notification", notice);
  return { started: true, runId: run.id, planName: plan.name };
}
