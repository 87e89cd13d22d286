"use client";

import Link from "next/link";
import { buttonClasses } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useServiceRollbackPlansQuery } from "@/lib/client/queries/rollback-plans";
import type { Service } from "@/lib/client/schemas/services";
import { RollbackPlanCard } from "./RollbackPlanCard";
import { ServiceFrame } from "./ServiceFrame";

type RollbackPlansPageProps = {
  serviceRef: string;
  /** Admins (runbooks.manage) create, edit and archive; everyone else reads. */
  canEdit: boolean;
  /** Commanders and admins (rollbacks.run) can ask for a preview. */
  canPreview: boolean;
  /** The plan an admin has just saved, from the editor's redirect. */
  savedPlanId: string | null;
};

export function RollbackPlansPage(props: RollbackPlansPageProps) {
  return <ServiceFrame serviceRef={props.serviceRef}>{(service) => <PlansOfService service={service} {...props} />}</ServiceFrame>;
}

function PlansOfService({ service, canEdit, canPreview, savedPlanId }: RollbackPlansPageProps & { service: Service }) {
  const query = useServiceRollbackPlansQuery(service.slug);
  const newHref = `/services/${encodeURIComponent(service.slug)}/plans/new`;
  const saved = query.data?.plans.find((plan) => plan.id === savedPlanId);

  return (
    <>
      <PageHeader
        title={`${service.name}: rollback plans`}
        description="The rollbacks Rewind can run for this service, step by step. The incident's decision picks a plan by its type; commanders run it from the incident page."
        actions={
          canEdit && (
            <Link href={newHref} className={buttonClasses("primary")}>
              New plan
            </Link>
          )
        }
      />
      <p role="status" className="sr-only">
        {saved ? `Plan “${saved.name}” saved, version ${saved.version}.` : ""}
      </p>
      {query.isPending ? (
        <LoadingState label="Loading the plans…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.plans.length === 0 ? (
        <EmptyState
          title="No rollback plans yet"
          description={
            canEdit
              ? "Write the steps of this service's rollback once, calmly, so that on the worst hour of a shift the commander only has to run them."
              : "An admin writes this service's rollback plans; until then, rollbacks here are done by hand."
          }
          action={
            canEdit && (
              <Link href={newHref} className={buttonClasses("primary")}>
                New plan
              </Link>
            )
          }
        />
      ) : (
        <ul aria-label="Rollback plans" className="flex flex-col gap-4">
          {query.data.plans.map((plan) => (
            <RollbackPlanCard key={plan.id} plan={plan} serviceSlug={service.slug} canEdit={canEdit} canPreview={canPreview} justSaved={plan.id === savedPlanId} />
          ))}
        </ul>
      )}
    </>
  );
}
