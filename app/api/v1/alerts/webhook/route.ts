import { webhookAlertSchema } from "@/lib/domain/alerts/webhook-alert";
import { apiRoute } from "@/lib/server/http/route";
import { ingestWebhookAlert } from "@/lib/server/services/alerts/ingest-webhook-alert";

// 202: the alert is recorded; whether it warrants the incident is for people to decide.
export const POST = apiRoute({ permission: "alerts.ingest", body: webhookAlertSchema, status: 202 }, async ({ caller, body, requestId }) => ingestWebhookAlert(caller, body, requestId));
