import type { Metadata } from "next";
import { RollbackPlansPage } from "@/components/rollback-plans/RollbackPlansPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ serviceRef: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { serviceRef } = await params;
  return { title: `${serviceRef} rollback plans` };
}

/** Everyone reads a service's plans; admins (runbooks.manage, as the API requires) change them. */
export default async function Page({ params, searchParams }: PageProps) {
  const [caller, { serviceRef }, { saved }] = await Promise.all([requirePageCaller(), params, searchParams]);
  return (
    <RollbackPlansPage
      serviceRef={serviceRef}
      canEdit={can(caller.role, "runbooks.manage")}
      canPreview={can(caller.role, "rollbacks.run")}
      savedPlanId={typeof saved === "string" ? saved : null}
    />
  );
}
