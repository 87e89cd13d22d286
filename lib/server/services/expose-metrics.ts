import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Caller } from "../auth/caller";
import { metrics } from "../observability/metrics-registry";
import { assertCan } from "../permissions/assert-can";

export async function exposeMetrics(caller: Caller | null) {
  if (!caller) throw new AppError("unauthorized", "Send an API token as `Authorization: Bearer <token>`");
  assertCan(caller, "metrics.read");
  const { registry } = metrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
