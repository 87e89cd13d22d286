import type { Metadata } from "next";
import { RollbackPlanEditorPage } from "@/components/rollback-plans/RollbackPlanEditorPage";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ serviceRef: string }> };

export const metadata: Metadata = { title: "New rollback plan" };

export default async function Page({ params }: PageProps) {
  const [caller, { serviceRef }] = await Promise.all([requirePageCaller(), params]);
  if (!can(caller.role, "runbooks.manage")) return <AdminRequired title="New rollback plan" task="write rollback plans" />;
  return <RollbackPlanEditorPage serviceRef={serviceRef} planId={null} canEdit canPreview={can(caller.role, "rollbacks.run")} />;
}
