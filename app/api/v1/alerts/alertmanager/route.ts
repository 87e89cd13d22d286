import { alertmanagerPayloadSchema } from "@/lib/domain/alerts/alertmanager-payload";
import { apiRoute } from "@/lib/server/http/route";
import { ingestAlertmanagerPayload } from "@/lib/server/services/alerts/ingest-alertmanager-payload";

// 202: the alerts are recorded; whether they warrant the incident is for people to decide.
export const POST = apiRoute({ permission: "alerts.ingest", body: alertmanagerPayloadSchema, status: 202 }, async ({ caller, body, requestId }) =>
  ingestAlertmanagerPayload(caller, body, requestId),
);
