import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { SANDBOX_FLEET } from "@/lib/sandbox/fleet-definition";
import { sandboxControlClient } from "@/lib/sandbox/sandbox-control-client";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { assertCan } from "../../permissions/assert-can";
import { publishAuditEvent, recordAuditEvent } from "../record-audit-event";
import { demoEnabled, readDemoFleet } from "./demo-state";

/** Starts the demo's story: the service's known-bad release goes live. */
export async function deployDemoBadRelease(actor: Actor, serviceSlug: string, requestId: string | null) {
  assertCan(actor, "incidents.command");
  const target = await demoTarget(serviceSlug);
  const definition = SANDBOX_FLEET.find((entry) => entry.slug === serviceSlug);
  if (!definition) throw new AppError("bad_request", `No sandbox service ${serviceSlug}`, { details: [{ field: "serviceSlug", message: "is not a sandbox service" }] });
  try {
    await sandboxControlClient(target.baseUrl).deploy({ version: definition.badRelease });
  } catch (error) {
    throw new AppError("unavailable", `The sandbox service ${serviceSlug} did not take the deploy: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The audit row follows the deploy: the sandbox is not in our transaction, and a deploy that failed must not be logged as done.
  const row = await recordAuditEvent(db(), actor, requestId, { action: "demo.bad_release_deployed", targetType: "service", targetId: null, payload: { serviceSlug, version: definition.badRelease } });
  publishAuditEvent(row);
  return { service: { slug: serviceSlug, name: definition.name }, version: definition.badRelease };
}

async function demoTarget(serviceSlug: string) {
  if (!demoEnabled()) throw new AppError("not_found", "The demo is off on this installation (REWIND_DEMO=off)");
  const fleet = await readDemoFleet(db());
  const target = fleet.find((entry) => entry.slug === serviceSlug);
  if (!target) {
    const known = fleet.map((entry) => entry.slug).join(", ") || "the sandbox services (none is running)";
    throw new AppError("bad_request", `No sandbox service ${serviceSlug}`, { details: [{ field: "serviceSlug", message: `must be one of ${known}` }] });
  }
  return target;
}
