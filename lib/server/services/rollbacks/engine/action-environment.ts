import "server-only";
import { config } from "../../../config";
import type { Db } from "../../../db/client";
import type { ActionEnvironment } from "../../../integrations/rollback/action-executor";
import type { RunWithSteps } from "../../../queries/rollback-runs";
import { findRunbookScriptRow } from "../../../queries/runbook-scripts";
import { readDemoFleet } from "../../demo/demo-state";
import { toRunbookScriptDefinition } from "../../runbook-scripts/runbook-script-dto";
import { secretRevealer } from "../../secrets/reveal-secrets";
import type { PlanSnapshot } from "../rollback-run-dto";

/** The variables step templates may use, e.g. `{{incident.key}}` in a chat message. */
export type RunForEnvironment = Pick<RunWithSteps, "id" | "mode" | "reason" | "startedByName" | "planSnapshot" | "service" | "incident">;

export function runVariables(run: RunForEnvironment): Record<string, string> {
  const snapshot = run.planSnapshot as PlanSnapshot;
  const base = config().NEXTAUTH_URL ?? `http://localhost:${config().PORT}`;
  const variables: Record<string, string> = {
    "service.slug": run.service.slug,
    "service.name": run.service.name,
    "run.id": run.id,
    "run.mode": run.mode,
    "run.reason": run.reason,
    "run.url": new URL(`/services/${run.service.slug}`, base).toString(),
    "plan.name": snapshot.name,
    "plan.type": snapshot.type,
    "actor.name": run.startedByName,
  };
  if (run.incident) {
    Object.assign(variables, {
      "incident.id": run.incident.id,
      "incident.key": `INC-${run.incident.number}`,
      "incident.title": run.incident.title,
      "incident.url": new URL(`/incidents/INC-${run.incident.number}`, base).toString(),
    });
  }
  return variables;
}

export function actionEnvironment(db: Db, run: RunForEnvironment): ActionEnvironment & { scrub(text: string): string } {
  const secrets = secretRevealer(db);
  return {
    variables: runVariables(run),
    secrets,
    scrub: secrets.scrub,
    async sandboxBaseUrl(slug) {
      const fleet = await readDemoFleet(db);
      return fleet.find((entry) => entry.slug === slug)?.baseUrl ?? null;
    },
    async runbookScript(id) {
      const row = await findRunbookScriptRow(db, id);
      return row ? toRunbookScriptDefinition(row) : null;
    },
  };
}
