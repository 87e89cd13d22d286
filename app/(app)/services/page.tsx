import type { Metadata } from "next";
import { ServicesPage } from "@/components/services/ServicesPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Services" };

export default async function Page() {
  const caller = await requirePageCaller();
  return <ServicesPage canManageServices={can(caller.role, "services.manage")} canRunDemo={can(caller.role, "incidents.command")} />;
}
