import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { RunbookScriptsPage } from "@/components/settings/runbook-scripts/RunbookScriptsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Runbook scripts" };

/** Registering what a rollback may run is an admin's (runbooks.manage, as the API requires). */
export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "runbooks.manage")) return <AdminRequired title="Runbook scripts" task="register runbook scripts" />;
  return <RunbookScriptsPage />;
}
