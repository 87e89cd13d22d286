import type { Metadata } from "next";
import { ServiceHealthPage } from "@/components/health/ServiceHealthPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ serviceRef: string }> };

/** The slug from the address: the name would need a fetch before the page can start. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { serviceRef } = await params;
  return { title: `${serviceRef} health` };
}

export default async function Page({ params }: PageProps) {
  const [caller, { serviceRef }] = await Promise.all([requirePageCaller(), params]);
  // The client fetches the window itself, so pushes and refetches share one cache.
  return <ServiceHealthPage serviceRef={serviceRef} canManage={can(caller.role, "services.manage")} canRun={can(caller.role, "rollbacks.run")} />;
}
