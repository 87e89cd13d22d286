import "server-only";
import { fromAlertmanagerPayload } from "@/lib/domain/alerts/alert-batch";
import type { AlertmanagerPayload } from "@/lib/domain/alerts/alertmanager-payload";
import type { Actor } from "../../auth/caller";
import { logger } from "../../observability/logger";
import { assertCan } from "../../permissions/assert-can";
import { applyAlertBatch, type AlertIntakeResult } from "./apply-alert-batch";

/** One Alertmanager notification: one alert group, so at most one incident opened or updated. */
export async function ingestAlertmanagerPayload(actor: Actor, payload: AlertmanagerPayload, requestId: string | null): Promise<AlertIntakeResult> {
  assertCan(actor, "alerts.ingest");
  if (payload.truncatedAlerts > 0) {
    // The cut alerts arrive in no later notification either; say so where an operator will look.
    logger.warn({ requestId, groupKey: payload.groupKey, truncatedAlerts: payload.truncatedAlerts }, "Alertmanager truncated this notification (max_alerts); the cut alerts are not recorded");
  }
  return applyAlertBatch(actor, fromAlertmanagerPayload(payload), requestId);
}
