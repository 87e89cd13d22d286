import "server-only";
import { randomUUID } from "node:crypto";
import { POST_ROLLBACK_TEMPLATE_KEY } from "@/lib/domain/checklists/post-rollback-templates";
import { generateIncidentHistory, type HistoryService } from "@/lib/domain/reports/generate-incident-history";
import { SANDBOX_FLEET } from "@/lib/sandbox/fleet-definition";
import { SYSTEM_ACTOR } from "../../auth/caller";
import { db } from "../../db/client";
import { readSetting, writeSetting } from "../../queries/app-settings";
import { listPlansOfService } from "../../queries/rollback-plans";
import { insertIncidentHistory } from "../../queries/reports/insert-incident-history";
import { findServiceBySlug } from "../../queries/services";
import { ensureActiveChecklistTemplate } from "../get-active-checklist-template";
import { publishAuditEvent, recordAuditEvent } from "../record-audit-event";

const SEEDED_SETTING = "demo.history_seeded";
export const DEMO_HISTORY_SUFFIX = "(demo history)";
const DEMO_HISTORY_INCIDENTS = 200;
const DEMO_HISTORY_DRILLS = 36;

/**
 * About 200 past incidents over the last year on the demo fleet, so the
 * reports are worth reading on first start. Once per database (a setting
 * records it), after the fleet and its plans are registered; one bulk
 * insert per table. Titles end in "(demo history)".
 */
export async function seedDemoHistory(now = new Date()): Promise<{ seeded: boolean }> {
  const audit = await db().$transaction(async (tx) => {
    // Serialises concurrent first starts of several instances.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SEEDED_SETTING}))`;
    if (await readSetting(tx, SEEDED_SETTING)) return null;
    const services: HistoryService[] = [];
    for (const definition of SANDBOX_FLEET) {
      const service = await findServiceBySlug(tx, definition.slug);
      if (!service) continue;
      const plans = await listPlansOfService(tx, service.id);
      if (plans.length > 0) services.push({ id: service.id, name: service.name, plans: plans.map((plan) => ({ id: plan.id, name: plan.name, type: plan.type })) });
    }
    if (services.length === 0) return null;
    const template = await ensureActiveChecklistTemplate(tx, POST_ROLLBACK_TEMPLATE_KEY);
    const history = generateIncidentHistory({
      count: DEMO_HISTORY_INCIDENTS,
      drills: DEMO_HISTORY_DRILLS,
      now,
      days: 365,
      seed: 20_261_122,
      services,
      checklistTemplateId: template.id,
      newId: randomUUID,
      titleSuffix: DEMO_HISTORY_SUFFIX,
    });
    await insertIncidentHistory(tx, history.incidents, history.drills);
    await writeSetting(tx, SEEDED_SETTING, now.toISOString());
    return recordAuditEvent(tx, SYSTEM_ACTOR, null, { action: "demo.history_seeded", targetType: "incident", targetId: null, payload: { incidents: history.incidents.length, drills: history.drills.length } });
  }, { timeout: 30_000 });
  if (audit) publishAuditEvent(audit);
  return { seeded: audit !== null };
}
