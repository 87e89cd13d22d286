import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { SecretsPage } from "@/components/settings/secrets/SecretsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Secrets" };

/** Secrets are an admin's (integrations.manage, as the API requires): nobody reads a value back, admins included. */
export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "integrations.manage")) return <AdminRequired title="Secrets" task="manage the secrets rollback steps use" />;
  return <SecretsPage />;
}
