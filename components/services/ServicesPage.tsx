"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useServicesQuery } from "@/lib/client/queries/useServicesQuery";
import { RegisterServiceForm } from "./RegisterServiceForm";
import { ServicesTable } from "./ServicesTable";

export function ServicesPage({ canManageServices }: { canManageServices: boolean }) {
  const query = useServicesQuery();

  return (
    <>
      <PageHeader title="Services" description="The services Rewind watches, their health sources and their rollback runbooks." />
      <div className="flex flex-col gap-6">
        {query.isPending ? (
          <LoadingState label="Loading services…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.services.length === 0 ? (
          <EmptyState
            icon={<ServicesIcon />}
            title="No services registered yet"
            description={
              canManageServices
                ? "Register the first one with the form below: incidents name the services they affect."
                : "Admins register services here. Incidents name the services they affect, so ask an admin to add yours."
            }
          />
        ) : (
          <ServicesTable services={query.data.services} />
        )}
        {canManageServices && <RegisterServiceForm />}
      </div>
    </>
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
