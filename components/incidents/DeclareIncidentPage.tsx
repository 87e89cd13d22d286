"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/Alert";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useServicesQuery } from "@/lib/client/queries/useServicesQuery";
import { DeclareIncidentForm } from "./DeclareIncidentForm";

export function DeclareIncidentPage({ canDeclare, canManageServices }: { canDeclare: boolean; canManageServices: boolean }) {
  return (
    <>
      <PageHeader
        title="Declare an incident"
        description="Rewind opens the incident page at once: the time budget starts, the escalation path and the guided decision are ready."
      />
      {canDeclare ? (
        <DeclareIncidentBody canManageServices={canManageServices} />
      ) : (
        <Alert tone="warning" title="You need the commander role">
          <p>
            Only commanders and admins declare incidents. Ask a commander to declare it, or go back to{" "}
            <Link href="/incidents" className="font-medium underline">
              Incidents
            </Link>
            .
          </p>
        </Alert>
      )}
    </>
  );
}

function DeclareIncidentBody({ canManageServices }: { canManageServices: boolean }) {
  const query = useServicesQuery();
  if (query.isPending) return <LoadingState label="Loading services…" />;
  if (query.isLoadingError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.services.length === 0) {
    // An incident names the services it affects, so there is nothing to declare against yet.
    return (
      <Alert tone="warning" title="Register a service first">
        {canManageServices ? (
          <p>
            An incident names the services it affects, and none is registered yet. Register one on the{" "}
            <Link href="/services" className="font-medium underline">
              Services page
            </Link>
            , then come back.
          </p>
        ) : (
          <p>An incident names the services it affects, and none is registered yet. Ask an admin to register one on the Services page.</p>
        )}
      </Alert>
    );
  }
  return <DeclareIncidentForm services={query.data.services} />;
}
