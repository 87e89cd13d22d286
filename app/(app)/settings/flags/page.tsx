import type { Metadata } from "next";
import { FlagsPage } from "@/components/flags/FlagsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Feature flags" };

/** Everyone reads the flags; admins edit them (runbooks.manage); commanders pull kill switches and turn sets off (rollbacks.run). */
export default async function Page() {
  const caller = await requirePageCaller();
  return <FlagsPage canManage={can(caller.role, "runbooks.manage")} canRunEmergency={can(caller.role, "rollbacks.run")} />;
}
