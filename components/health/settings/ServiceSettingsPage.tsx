"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/Alert";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useServicesQuery } from "@/lib/client/queries/useServicesQuery";
import { HealthSourcesSection } from "./HealthSourcesSection";
import { ThresholdsForm } from "./ThresholdsForm";

const LINK_CLASSES = "font-medium text-indigo-800 underline dark:text-indigo-300";

/** A service's health sources and thresholds; admins only (the API refuses others too). */
export function ServiceSettingsPage({ serviceRef, canManage }: { serviceRef: string; canManage: boolean }) {
  const query = useServicesQuery();
  const serviceHref = `/services/${encodeURIComponent(serviceRef)}`;

  if (!canManage) {
    return (
      <>
        <PageHeader title="Health settings" />
        <Alert tone="warning" title="You need the admin role">
          <p>
            Only admins change a service’s health sources and thresholds. The{" "}
            <Link href={serviceHref} className="font-medium underline">
              service’s health page
            </Link>{" "}
            shows what they measure.
          </p>
        </Alert>
      </>
    );
  }
  if (query.isPending) return <LoadingState label="Loading the service…" />;
  if (query.isLoadingError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const service = query.data.services.find((candidate) => candidate.id === serviceRef || candidate.slug === serviceRef.toLowerCase());
  if (!service) {
    return (
      <>
        <PageHeader title="Service not found" />
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Check the address, or pick the service from the{" "}
          <Link href="/services" className={LINK_CLASSES}>
            list of services
          </Link>
          .
        </p>
      </>
    );
  }

  return (
    <>
      <Link href={`/services/${encodeURIComponent(service.slug)}`} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-indigo-800 hover:underline dark:text-indigo-300">
        <span aria-hidden="true">←</span> {service.name}
      </Link>
      <PageHeader title={`${service.name}: health settings`} description="What Rewind collects for this service, and which figures raise a signal." />
      <div className="flex flex-col gap-6">
        <HealthSourcesSection serviceRef={service.slug} serviceSlug={service.slug} />
        <ThresholdsForm serviceRef={service.slug} />
      </div>
    </>
  );
}
