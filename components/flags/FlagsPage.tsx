"use client";

import { Alert } from "@/components/ui/Alert";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useFlagsQuery, useLiveFlags } from "@/lib/client/flags";
import { CreateFlagForm } from "./CreateFlagForm";
import { FlagRow } from "./FlagRow";
import { FlagSetsPanel } from "./FlagSetsPanel";

type FlagsPageProps = { canManage: boolean; canRunEmergency: boolean };

/** Rewind's feature flags, live: everyone reads them, admins edit, commanders pull kill switches and turn sets off. */
export function FlagsPage({ canManage, canRunEmergency }: FlagsPageProps) {
  const query = useFlagsQuery();
  const joinError = useLiveFlags();
  const flags = query.data?.flags ?? [];

  return (
    <>
      <PageHeader
        title="Feature flags"
        description={
          <>
            Flags your applications read through OpenFeature&apos;s remote evaluation protocol (OFREP) at <code className="font-mono">/ofrep/v1/evaluate/flags</code>, with a Rewind API
            token. Kill switches and sets are what an emergency rollback turns off.
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {joinError && <Alert tone="warning" title="Live updates are off">{joinError}</Alert>}
        {canManage && <CreateFlagForm />}
        {query.isPending ? (
          <LoadingState label="Loading flags…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : flags.length === 0 ? (
          <EmptyState
            title="No feature flags yet"
            description={
              canManage
                ? "Create the first flag with the form above, then point your application's OpenFeature OFREP provider at Rewind. Put kill switches in a set so a commander can turn them all off in one step."
                : "Admins create flags here. Once they exist, you see them switch live, and commanders can turn kill switches and whole sets off during an incident."
            }
          />
        ) : (
          <>
            <FlagSetsPanel flags={flags} canTurnOff={canRunEmergency} />
            <Card title={`Flags (${flags.length})`}>
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {flags.map((flag) => (
                  <FlagRow key={flag.id} flag={flag} canManage={canManage} canPullKillSwitch={canRunEmergency} />
                ))}
              </ul>
            </Card>
          </>
        )}
      </div>
    </>
  );
}
