import "server-only";
import { fromWebhookAlert } from "@/lib/domain/alerts/alert-batch";
import type { WebhookAlert } from "@/lib/domain/alerts/webhook-alert";
import type { Actor } from "../../auth/caller";
import { assertCan } from "../../permissions/assert-can";
import { applyAlertBatch, type AlertIntakeResult } from "./apply-alert-batch";

/** One alert from Rewind's generic webhook, handled exactly as one from Alertmanager. */
export async function ingestWebhookAlert(actor: Actor, input: WebhookAlert, requestId: string | null): Promise<AlertIntakeResult> {
  assertCan(actor, "alerts.ingest");
  return applyAlertBatch(actor, fromWebhookAlert(input, new Date()), requestId);
}
