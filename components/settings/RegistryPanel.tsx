"use client";

import { useState, type ReactNode } from "react";
import { Panel } from "@/components/incidents/detail/Panel";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";

type ListState<T> = { isPending: boolean; isLoadingError: boolean; error: unknown; refetch: () => unknown; items: readonly T[] | undefined };

/**
 * An admin's list of registered things (scripts, channels): an "add" button
 * that opens the form in place, loading and error states, an empty state that
 * says what to register first, and one card per item.
 */
export function RegistryPanel<T extends { id: string }>(props: {
  id: string;
  title: string;
  addLabel: string;
  loadingLabel: string;
  list: ListState<T>;
  empty: { title: string; description: ReactNode };
  renderAddForm: (close: () => void) => ReactNode;
  renderItem: (item: T) => ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const { list } = props;
  return (
    <Panel
      id={props.id}
      title={props.title}
      actions={
        !adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            {props.addLabel}
          </Button>
        )
      }
    >
      {adding && <div className="mb-4 rounded-lg border border-indigo-200 p-4 dark:border-indigo-900">{props.renderAddForm(() => setAdding(false))}</div>}
      {list.isPending ? (
        <LoadingState label={props.loadingLabel} />
      ) : list.isLoadingError || !list.items ? (
        <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.items.length === 0 ? (
        !adding && <EmptyState title={props.empty.title} description={props.empty.description} />
      ) : (
        <ul className="flex flex-col gap-3">{list.items.map(props.renderItem)}</ul>
      )}
    </Panel>
  );
}
