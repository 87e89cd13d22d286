import "server-only";
import { db } from "../../db/client";
import { deleteHealthDataBefore } from "../../queries/health-samples";

export const RAW_RETENTION_MS = 48 * 60 * 60 * 1000;
export const ROLLUP_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Raw samples live 48 hours, their 1-minute rollups 30 days. */
export function pruneHealthData(now = new Date()) {
  return deleteHealthDataBefore(db(), new Date(now.getTime() - RAW_RETENTION_MS), new Date(now.getTime() - ROLLUP_RETENTION_MS));
}
