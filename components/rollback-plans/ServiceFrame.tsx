"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useServicesQuery } from "@/lib/client/queries/useServicesQuery";
import type { Service } from "@/lib/client/schemas/services";

const LINK_CLASSES = "font-medium text-indigo-800 underline dark:text-indigo-300";

/**
 * Finds the service the address names (its slug or id) and renders the page
 * for it, under a link back to it; or says it does not exist.
 */
export function ServiceFrame({ serviceRef, back, children }: { serviceRef: string; back?: (service: Service) => { href: string; label: string }; children: (service: Service) => ReactNode }) {
  const query = useServicesQuery();
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
  const backLink = back ? back(service) : { href: `/services/${encodeURIComponent(service.slug)}`, label: service.name };
  return (
    <>
      <Link href={backLink.href} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-indigo-800 hover:underline dark:text-indigo-300">
        <span aria-hidden="true">←</span> {backLink.label}
      </Link>
      {children(service)}
    </>
  );
}
