import type { Metadata } from "next";
import { EscalationContactsPage } from "@/components/settings/EscalationContactsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Escalation contacts" };

/** Everyone reads the contacts (incident pages show them); only admins change them. */
export default async function Page() {
  const caller = await requirePageCaller();
  return <EscalationContactsPage canManage={can(caller.role, "contacts.manage")} />;
}
