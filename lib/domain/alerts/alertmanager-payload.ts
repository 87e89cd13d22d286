import { z } from "zod";

/** Beyond this Rewind answers 400; Alertmanager's `max_alerts` keeps payloads under it. */
export const MAX_ALERTS_PER_PAYLOAD = 1000;

const dateTime = z.iso.datetime({ offset: true, error: "must be an RFC 3339 date-time" });
// Label values and annotations are free text; the caps keep one payload from filling the database.
const labels = z.record(z.string().min(1).max(256), z.string().max(2000, "is longer than 2000 characters"), "must be an object of string values");
const annotations = z.record(z.string().min(1).max(256), z.string().max(20_000, "is longer than 20000 characters"), "must be an object of string values");
const alertStatus = z.enum(["firing", "resolved"], "must be firing or resolved");

/** One alert of a notification, as Alertmanager sends it. */
export const alertmanagerAlertSchema = z.object({
  status: alertStatus,
  labels,
  annotations: annotations.default({}),
  startsAt: dateTime,
  /** `0001-01-01T00:00:00Z` (Go's zero time) while the alert has no end. */
  endsAt: dateTime.optional(),
  generatorURL: z.string().max(4000).default(""),
  /** Identifies the alert within its group across notifications. */
  fingerprint: z.string("is required").trim().min(1, "is required").max(256),
});
export type AlertmanagerAlert = z.infer<typeof alertmanagerAlertSchema>;

/**
 * Alertmanager's webhook payload, version 4
 * (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config).
 * Fields Rewind does not use still have to have the documented type, so a
 * payload from something that is not Alertmanager is refused with each wrong
 * field named rather than half understood.
 */
export const alertmanagerPayloadSchema = z.object({
  version: z.literal("4", "must be \"4\" (Alertmanager's webhook payload version)"),
  groupKey: z.string("is required").min(1, "is required").max(2000),
  /** How many alerts `max_alerts` cut off; the cut alerts are not in `alerts`. */
  truncatedAlerts: z.number().int().min(0).default(0),
  status: alertStatus,
  receiver: z.string("is required").max(500),
  groupLabels: labels.default({}),
  commonLabels: labels.default({}),
  commonAnnotations: annotations.default({}),
  externalURL: z.string().max(4000).default(""),
  alerts: z
    .array(alertmanagerAlertSchema, "must be an array of alerts")
    .min(1, "must hold at least one alert")
    .max(MAX_ALERTS_PER_PAYLOAD, `holds more than ${MAX_ALERTS_PER_PAYLOAD} alerts; set max_alerts in Alertmanager's webhook_config`),
});
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;
