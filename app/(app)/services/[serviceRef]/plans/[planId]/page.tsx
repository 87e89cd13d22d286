import type { Metadata } from "next";
import { RollbackPlanEditorPage } from "@/components/rollback-plans/RollbackPlanEditorPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ serviceRef: string; planId: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { serviceRef } = await params;
  return { title: `${serviceRef} rollback plan` };
}

/** Admins edit the plan here; everyone else reads it (and commanders can preview it). */
export default async function Page({ params }: PageProps) {
  const [caller, { serviceRef, planId }] = await Promise.all([requirePageCaller(), params]);
  return <RollbackPlanEditorPage serviceRef={serviceRef} planId={planId} canEdit={can(caller.role, "runbooks.manage")} canPreview={can(caller.role, "rollbacks.run")} />;
}
