import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { healthSourceInputSchema, type HealthSourceKind } from "@/lib/domain/health/health-source-config";
import type { UpdateHealthSourceInput } from "@/lib/domain/schemas/health";
import type { Actor } from "../../auth/caller";
import { REDACTED_SECRET, toHealthSourceDto } from "../../dto/health";
import { assertCan } from "../../permissions/assert-can";
import { findHealthSourceById, updateHealthSourceAtVersion } from "../../queries/health-sources";
import { commitWithAuditEvent } from "../record-audit-event";

export async function updateHealthSource(actor: Actor, sourceId: string, input: UpdateHealthSourceInput, requestId: string | null) {
  assertCan(actor, "services.manage");
  const source = await commitWithAuditEvent(actor, requestId, async (tx) => {
    const before = await findHealthSourceById(tx, sourceId);
    if (!before) throw new AppError("not_found", "No health source with this id");
    const config = input.config === undefined ? undefined : validConfig(before.kind, keepStoredSecrets(input.config, before.config));
    const source = await updateHealthSourceAtVersion(tx, sourceId, input.version, {
      name: input.name,
      intervalSeconds: input.intervalSeconds,
      enabled: input.enabled,
      // A new target's counters have nothing to do with the old one's.
      ...(config === undefined ? {} : { config, carry: {} }),
    });
    if (!source) {
      throw new AppError("conflict", "Someone changed this health source first; here is its current state", { extra: { current: toHealthSourceDto(before) } });
    }
    const dto = toHealthSourceDto(source);
    const changes = { name: input.name, intervalSeconds: input.intervalSeconds, enabled: input.enabled, config: config === undefined ? undefined : dto.config };
    return { result: source, audit: { action: "health_source.updated", targetType: "health_source", targetId: source.id, payload: changes } };
  });
  return toHealthSourceDto(source);
}

/** The kind never changes; its config is validated like a new one, with field paths under `config`. */
function validConfig(kind: HealthSourceKind, config: Record<string, unknown>) {
  const parsed = healthSourceInputSchema.safeParse({ kind, config });
  if (parsed.success) return parsed.data.config;
  throw new AppError("bad_request", "The source's configuration is invalid", {
    details: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
  });
}

/** A client echoes "********" for a secret it did not change: keep the stored one. */
function keepStoredSecrets(config: Record<string, unknown>, stored: unknown): Record<string, unknown> {
  const auth = config.auth as Record<string, unknown> | undefined;
  const storedAuth = (stored as { auth?: Record<string, unknown> } | null)?.auth;
  if (!auth || !storedAuth || auth.kind !== storedAuth.kind) return config;
  const merged = { ...auth };
  for (const key of ["token", "password"]) if (merged[key] === REDACTED_SECRET) merged[key] = storedAuth[key];
  return { ...config, auth: merged };
}
