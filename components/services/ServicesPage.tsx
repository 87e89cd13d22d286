"use client";

import { DemoControls } from "@/components/health/DemoControls";
import { HealthTile } from "@/components/health/HealthTile";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { healthOverviewQueryKey, useHealthOverviewQuery } from "@/lib/client/queries/useHealthOverviewQuery";
import { useServicesQuery } from "@/lib/client/queries/useServicesQuery";
import { useRefetchOnReconnect } from "@/lib/client/realtime/useRefetchOnReconnect";
import { RegisterServiceForm } from "./RegisterServiceForm";
import { ServicesTable } from "./ServicesTable";

type ServicesPageProps = { canManageServices: boolean; canRunDemo: boolean };

/** Live health first (what on-call people come for), then the directory and, for admins, the form to register a service. */
export function ServicesPage({ canManageServices, canRunDemo }: ServicesPageProps) {
  const overview = useHealthOverviewQuery();
  useRefetchOnReconnect(healthOverviewQueryKey);

  return (
    <>
      <PageHeader title="Services" description="Live health of the services Rewind watches: open one for its charts, thresholds and deploys." />
      <div className="flex flex-col gap-8">
        {overview.data?.demo.enabled && <DemoControls canRun={canRunDemo} />}
        <section aria-labelledby="live-health-heading" className="flex flex-col gap-4">
          <h2 id="live-health-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
            Live health
          </h2>
          {overview.isPending ? (
            <LoadingState label="Loading services’ health…" />
          ) : overview.isLoadingError ? (
            <QueryErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
          ) : overview.data.tiles.length === 0 ? (
            <EmptyState
              icon={<ServicesIcon />}
              title="No services registered yet"
              description={
                canManageServices
                  ? "Register the first one with the form below, then give it a health source (an HTTP probe or a /metrics scrape) in its health settings."
                  : "Admins register services here. Incidents name the services they affect, so ask an admin to add yours."
              }
            />
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {overview.data.tiles.map((tile) => (
                <HealthTile key={tile.service.id} tile={tile} fetchedAt={overview.dataUpdatedAt} />
              ))}
            </ul>
          )}
        </section>
        <ServiceDirectory canManageServices={canManageServices} />
      </div>
    </>
  );
}

function ServiceDirectory({ canManageServices }: { canManageServices: boolean }) {
  const query = useServicesQuery();
  const services = query.data?.services ?? [];
  if (!canManageServices && services.length === 0) return null;

  return (
    <section aria-labelledby="directory-heading" className="flex flex-col gap-4">
      <h2 id="directory-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
        Directory
      </h2>
      {query.isPending ? (
        <LoadingState label="Loading services…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        services.length > 0 && <ServicesTable services={services} />
      )}
      {canManageServices && <RegisterServiceForm />}
    </section>
  );
}

function ServicesIcon() {
  return (
    <svg className="size-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
      <rect x="3" y="4" width="18" height="6" rx="1.5" />
      <rect x="3" y="14" width="18" height="6" rx="1.5" />
      <path d="M7 7h.01M7 17h.01" strokeLinecap="round" />
    </svg>
  );
}
