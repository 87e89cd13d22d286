import "server-only";
import { alertmanagerPayloadSchema } from "@/lib/domain/alerts/alertmanager-payload";
import { webhookAlertSchema } from "@/lib/domain/alerts/webhook-alert";
import type { ApiOperation } from "./build-openapi-document";

const intakeAnswer = "{ incidents: [{ key, id, created }], alerts: { received, new, resolved } }";

/** Alert intake from Alertmanager and other monitoring tools (docs/api.md). */
export const ALERT_OPERATIONS: readonly ApiOperation[] = [
  { method: "post", path: "/alerts/alertmanager", summary: "Receive an Alertmanager webhook notification (payload version 4)", permission: "alerts.ingest", body: alertmanagerPayloadSchema, success: { status: 202, description: intakeAnswer } },
  { method: "post", path: "/alerts/webhook", summary: "Receive one alert from any tool (Rewind's generic webhook)", permission: "alerts.ingest", body: webhookAlertSchema, success: { status: 202, description: intakeAnswer } },
];
