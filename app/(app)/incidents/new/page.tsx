import type { Metadata } from "next";
import { DeclareIncidentPage } from "@/components/incidents/DeclareIncidentPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Declare an incident" };

export default async function Page() {
  const caller = await requirePageCaller();
  return <DeclareIncidentPage canDeclare={can(caller.role, "incidents.command")} canManageServices={can(caller.role, "services.manage")} />;
}
