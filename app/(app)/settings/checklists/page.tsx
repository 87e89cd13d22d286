import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { ChecklistTemplatesPage } from "@/components/settings/checklist-templates/ChecklistTemplatesPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Checklist templates" };

/** Publishing a template is an admin's (runbooks.manage, as the API requires); incident pages show everyone the checklists themselves. */
export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "runbooks.manage")) return <AdminRequired title="Checklist templates" task="edit checklist templates" />;
  return <ChecklistTemplatesPage />;
}
