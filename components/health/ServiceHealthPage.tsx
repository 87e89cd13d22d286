"use client";

import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { useServiceHealthQuery } from "@/lib/client/queries/useServiceHealthQuery";
import type { HealthRange } from "@/lib/domain/health/health-ranges";
import { ServiceRollbacksSection } from "@/components/rollbacks/ServiceRollbacksSection";
import { ServiceHealthSkeleton } from "./ServiceHealthSkeleton";
import { ServiceHealthView } from "./ServiceHealthView";
import { TimeRangeControl } from "./TimeRangeControl";

/** `serviceRef` is the slug (or id) from the address; the room is joined once the window names the service's id. */
export function ServiceHealthPage({ serviceRef, canManage, canRun }: { serviceRef: string; canManage: boolean; canRun: boolean }) {
  const [range, setRange] = useState<HealthRange>("15m");
  const query = useServiceHealthQuery(serviceRef, range);

  if (query.isPending) return <ServiceHealthSkeleton />;
  if (query.isLoadingError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <ServiceNotFound />;
    return (
      <>
        <BackToServices />
        <PageHeader title="Service health" />
        <div className="flex flex-col gap-4">
          <TimeRangeControl range={range} onChange={setRange} />
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }
  return (
    <>
      <BackToServices />
      <ServiceHealthView serviceRef={serviceRef} serviceId={query.data.service.id} range={range} onRangeChange={setRange} canManage={canManage} />
      <div className="mt-6">
        <ServiceRollbacksSection serviceRef={serviceRef} service={{ id: query.data.service.id, slug: query.data.service.slug }} canRun={canRun} />
      </div>
    </>
  );
}

function BackToServices() {
  return (
    <Link href="/services" className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-indigo-800 underline-offset-2 hover:underline dark:text-indigo-300">
      <span aria-hidden="true">←</span> Services
    </Link>
  );
}

function ServiceNotFound() {
  return (
    <>
      <PageHeader title="Service not found" />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Check the address, or pick the service from the{" "}
        <Link href="/services" className="font-medium text-indigo-800 underline dark:text-indigo-300">
          list of services
        </Link>
        .
      </p>
    </>
  );
}
