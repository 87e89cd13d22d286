"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useSecretsQuery } from "@/lib/client/queries/secrets";
import { AddSecretForm } from "./AddSecretForm";
import { SecretRow } from "./SecretRow";

const PURPOSE = 'Webhook tokens, kubeconfigs, database URLs used by rollback steps as { "secret": "name" }.';

/** The secrets rollback steps use: added, replaced and deleted here, and never shown again. */
export function SecretsPage() {
  const query = useSecretsQuery();
  const [replaced, setReplaced] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="Secrets"
        description={`${PURPOSE} Rewind stores them encrypted, writes only their names in plans and logs, and never sends a value back to a browser.`}
      />
      <div className="flex flex-col gap-6">
        <AddSecretForm />
        {query.isPending ? (
          <LoadingState label="Loading the secrets…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.secrets.length === 0 ? (
          <EmptyState title="No secrets yet" description={`${PURPOSE} Add the first one with the form above.`} />
        ) : (
          <Card title="Stored secrets">
            {replaced && (
              <div className="mb-4">
                <Alert tone="success">The value of “{replaced}” was replaced; steps that run from now on use the new one.</Alert>
              </div>
            )}
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {query.data.secrets.map((secret) => (
                <SecretRow key={secret.id} secret={secret} onReplaced={setReplaced} />
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
