import type { Metadata } from "next";
import { IncidentsPage } from "@/components/incidents/IncidentsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Incidents" };

export default async function Page() {
  const caller = await requirePageCaller();
  return <IncidentsPage canDeclare={can(caller.role, "incidents.command")} />;
}
