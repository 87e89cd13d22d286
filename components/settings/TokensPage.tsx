"use client";

import { DataTable } from "@/components/ui/DataTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useTokensQuery } from "@/lib/client/queries/useTokensQuery";
import { CreateTokenForm } from "./CreateTokenForm";
import { TokenRow } from "./TokenRow";

const COLUMNS = ["Name", "Prefix", "Role", "Created by", "Created", "Last used", "Expires", "Status"];

export function TokensPage() {
  const query = useTokensQuery();

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let CI pipelines, Alertmanager and scripts call the Rewind API. Send one as “Authorization: Bearer <secret>”."
      />
      <div className="flex flex-col gap-6">
        <CreateTokenForm />
        {query.isPending ? (
          <LoadingState label="Loading tokens…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.tokens.length === 0 ? (
          <EmptyState title="No API tokens yet" description="Create one with the form above for each system that calls Rewind, with the least role it needs." />
        ) : (
          <DataTable label="API tokens" columns={COLUMNS} actions>
            {query.data.tokens.map((token) => (
              <TokenRow key={token.id} token={token} now={query.dataUpdatedAt} />
            ))}
          </DataTable>
        )}
      </div>
    </>
  );
}
