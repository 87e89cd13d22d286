import type { Metadata } from "next";
import { ServiceSettingsPage } from "@/components/health/settings/ServiceSettingsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ serviceRef: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { serviceRef } = await params;
  return { title: `${serviceRef} health settings` };
}

export default async function Page({ params }: PageProps) {
  const [caller, { serviceRef }] = await Promise.all([requirePageCaller(), params]);
  return <ServiceSettingsPage serviceRef={serviceRef} canManage={can(caller.role, "services.manage")} />;
}
