import { z } from "zod";
import { SEVERITY_WORDS, type SeverityWord } from "./alert-labels";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const severityWords = Object.keys(SEVERITY_WORDS) as [SeverityWord, ...SeverityWord[]];

/**
 * Rewind's own alert webhook, for tools that are not Alertmanager: one alert
 * per request. `dedupKey` identifies the alert across requests (send it again
 * with `status: "resolved"` to resolve it); alerts sharing a `groupKey` share
 * one incident, and each alert is its own group when there is none.
 */
export const webhookAlertSchema = z.object({
  title: z.string("is required").trim().min(1, "is required").max(200),
  status: z.enum(["firing", "resolved"], "must be firing or resolved"),
  dedupKey: z.string("is required").trim().min(1, "is required").max(256),
  groupKey: z.string().trim().min(1, "may not be empty").max(2000).optional(),
  /** A service slug; without it the labels are asked (service, app, job), then the alert lands on `unassigned`. */
  service: z.string().trim().toLowerCase().max(63).regex(SLUG, "must be a service slug (lower-case letters, digits and single dashes)").optional(),
  severity: z.enum(severityWords, `must be one of ${severityWords.join(", ")}`).optional(),
  description: z.string().trim().max(5000).optional(),
  labels: z.record(z.string().min(1).max(256), z.string().max(2000), "must be an object of string values").optional(),
  /** When the problem started; defaults to when Rewind receives the alert. */
  startsAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).optional(),
});
export type WebhookAlert = z.infer<typeof webhookAlertSchema>;
