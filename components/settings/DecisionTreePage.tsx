"use client";

import { DecisionTreeDiagram } from "@/components/incidents/decision/DecisionTreeDiagram";
import { Card } from "@/components/ui/Card";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { formatDateTime } from "@/lib/client/format";
import { useDecisionTreeQuery } from "@/lib/client/queries/useDecisionTreeQuery";
import { DecisionTreeEditor } from "./DecisionTreeEditor";

/** The active guided-decision tree; admins publish new versions (incidents keep the version they started with). */
export function DecisionTreePage({ canPublish }: { canPublish: boolean }) {
  const query = useDecisionTreeQuery();

  return (
    <>
      <PageHeader
        title="Decision tree"
        description="The questions of the guided decision and the outcome each path leads to. A new version applies to decisions started after it is published."
      />
      {query.isPending ? (
        <LoadingState label="Loading the decision tree…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="flex flex-col gap-6">
          <Card title={query.data.tree.content.name}>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Active version <strong className="font-semibold text-slate-900 dark:text-white">{query.data.tree.version}</strong>, published{" "}
              <time dateTime={query.data.tree.createdAt}>{formatDateTime(query.data.tree.createdAt)}</time>
              {query.data.versions.length > 1 && ` (${query.data.versions.length} versions in all)`}.
            </p>
            {query.data.tree.content.description && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{query.data.tree.content.description}</p>}
            <div className="mt-4">
              <DecisionTreeDiagram tree={query.data.tree.content} label={`Decision tree, version ${query.data.tree.version}`} />
            </div>
          </Card>
          {canPublish ? (
            <DecisionTreeEditor content={query.data.tree.content} />
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">Admins can publish a new version of the tree.</p>
          )}
        </div>
      )}
    </>
  );
}
