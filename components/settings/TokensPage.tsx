"use client";

import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableContainer, TH_CLASSES } from "@/components/ui/TableContainer";
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
          <ErrorAlert
            error={query.error}
            actions={
              <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                Try again
              </Button>
            }
          />
        ) : query.data.tokens.length === 0 ? (
          <EmptyState title="No API tokens yet" description="Create one with the form above for each system that calls Rewind, with the least role it needs." />
        ) : (
          <TableContainer label="API tokens">
            <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-800">
              <caption className="sr-only">API tokens</caption>
              <thead className="bg-slate-50 dark:bg-slate-900">
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col" className={`${TH_CLASSES} whitespace-nowrap`}>
                      {column}
                    </th>
                  ))}
                  <th scope="col" className={TH_CLASSES}>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {query.data.tokens.map((token) => (
                  <TokenRow key={token.id} token={token} now={query.dataUpdatedAt} />
                ))}
              </tbody>
            </table>
          </TableContainer>
        )}
      </div>
    </>
  );
}
