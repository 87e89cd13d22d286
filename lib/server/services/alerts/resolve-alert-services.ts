import "server-only";
import type { IncomingAlert } from "@/lib/domain/alerts/alert-batch";
import { UNASSIGNED_SERVICE_SLUG } from "@/lib/domain/alerts/alert-labels";
import type { Actor } from "../../auth/caller";
import type { Db } from "../../db/client";
import type { AuditEventRow } from "../../queries/audit-events";
import { ensureUnassignedService, findActiveServicesBySlugs, UNASSIGNED_SERVICE } from "../../queries/alerts-targets";
import { recordAuditEvent } from "../record-audit-event";

export type AlertService = { id: string; slug: string };

/**
 * The registered service each alert names, or `unassigned` for alerts that
 * name none or one Rewind does not know: an alert is never dropped. Creating
 * `unassigned` is audited in the caller's transaction; the row is returned
 * so that it can be published after the commit.
 */
export async function resolveAlertServices(
  tx: Db,
  actor: Actor,
  requestId: string | null,
  alerts: readonly IncomingAlert[],
): Promise<{ serviceOf: (alert: IncomingAlert) => AlertService; auditRow: AuditEventRow | null }> {
  const slugs = [...new Set(alerts.flatMap((alert) => (alert.serviceSlug ? [alert.serviceSlug] : [])))];
  const known = new Map((await findActiveServicesBySlugs(tx, slugs)).map((service) => [service.slug, service]));
  const needsUnassigned = alerts.some((alert) => !alert.serviceSlug || !known.has(alert.serviceSlug));
  let unassigned: AlertService | null = null;
  let auditRow: AuditEventRow | null = null;
  if (needsUnassigned) {
    const { id, created } = await ensureUnassignedService(tx);
    unassigned = { id, slug: UNASSIGNED_SERVICE_SLUG };
    if (created) {
      const { slug, name, team, environment } = UNASSIGNED_SERVICE;
      auditRow = await recordAuditEvent(tx, actor, requestId, {
        action: "service.created",
        targetType: "service",
        targetId: id,
        payload: { slug, name, team, environment, reason: "an alert named no registered service" },
      });
    }
  }
  const serviceOf = (alert: IncomingAlert): AlertService => {
    const service = alert.serviceSlug ? known.get(alert.serviceSlug) : undefined;
    if (service) return service;
    if (!unassigned) throw new Error(`no service resolved for alert ${alert.fingerprint}`);
    return unassigned;
  };
  return { serviceOf, auditRow };
}
