import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { AuditLogPage } from "@/components/settings/AuditLogPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Audit log" };

export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "audit.read")) return <AdminRequired title="Audit log" task="read the audit log" />;
  return <AuditLogPage />;
}
