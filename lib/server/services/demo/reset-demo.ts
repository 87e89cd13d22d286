import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { sandboxControlClient } from "@/lib/sandbox/sandbox-control-client";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { publishAuditEvent, recordAuditEvent } from "../record-audit-event";
import { demoEnabled, readDemoFleet } from "./demo-state";

/** Every sandbox service (or the one named) back to its first versions, without faults. */
export async function resetDemo(actor: Actor, requestId: string | null, onlySlug?: string) {
  assertCan(actor, "incidents.command");
  if (!demoEnabled()) throw new AppError("not_found", "The demo is off on this installation (REWIND_DEMO=off)");
  const fleet = (await readDemoFleet(db())).filter((entry) => onlySlug === undefined || entry.slug === onlySlug);
  if (fleet.length === 0) throw new AppError("not_found", onlySlug ? `No sandbox service ${onlySlug} is running` : "No sandbox service is running");
  const results = await Promise.allSettled(fleet.map((entry) => sandboxControlClient(entry.baseUrl).reset()));
  const failed = fleet.filter((_, index) => results[index]?.status === "rejected").map((entry) => entry.slug);
  const row = await recordAuditEvent(db(), actor, requestId, { action: "demo.reset", targetType: "service", targetId: null, payload: { services: fleet.map((entry) => entry.slug), failed } });
  publishAuditEvent(row);
  if (failed.length > 0) throw new AppError("unavailable", `These sandbox services did not reset: ${failed.join(", ")}`);
  return { reset: true as const };
}
