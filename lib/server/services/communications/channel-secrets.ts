import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { ChannelSettings } from "@/lib/domain/communications/channel-config";
import type { Db } from "../../db/client";
import { findSecretRow } from "../../queries/secrets";

/** Each secret field of a channel's config, with the path a form shows its error at. */
function secretFields(settings: ChannelSettings): { field: string; name: string }[] {
  const { kind, config } = settings;
  if (kind === "email") return config.password ? [{ field: "config.password.secret", name: config.password.secret }] : [];
  const fields = [{ field: "config.url.secret", name: config.url.secret }];
  if (kind === "status_webhook" && config.authorization) fields.push({ field: "config.authorization.secret", name: config.authorization.secret });
  return fields;
}

/** Saving a channel that names a secret nobody created would only fail later, mid-incident: refuse it now (400, per field). */
export async function assertChannelSecretsExist(tx: Db, settings: ChannelSettings): Promise<void> {
  const missing = [];
  for (const { field, name } of secretFields(settings)) {
    if (!(await findSecretRow(tx, name))) missing.push({ field, message: `no secret named ${name}; create it under Settings → Secrets first` });
  }
  if (missing.length > 0) throw new AppError("bad_request", `Unknown secret: ${missing.map((problem) => problem.message).join("; ")}`, { details: missing });
}
