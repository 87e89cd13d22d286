import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { parseHealthSourceDefinition } from "@/lib/domain/health/health-source-config";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toHealthSampleDto } from "../../dto/health";
import { collectFromSource } from "../../integrations/health/collect-from-source";
import { assertCan } from "../../permissions/assert-can";
import { findHealthSourceById } from "../../queries/health-sources";

/** Collects once now, storing nothing, so an admin sees at once whether a config works. */
export async function testHealthSource(actor: Actor, sourceId: string) {
  assertCan(actor, "services.manage");
  const source = await findHealthSourceById(db(), sourceId);
  if (!source) throw new AppError("not_found", "No health source with this id");
  let definition;
  try {
    definition = parseHealthSourceDefinition(source.kind, source.config);
  } catch {
    throw new AppError("bad_request", "The source's stored configuration is no longer valid; edit and save it first");
  }
  const result = await collectFromSource(definition, null);
  return toHealthSampleDto({ ...result, sourceId, at: new Date() });
}
