"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { formatDateTime } from "@/lib/client/format";
import { useChecklistTemplateQuery } from "@/lib/client/queries/useChecklistTemplateQuery";
import { useChecklistTemplatesQuery } from "@/lib/client/queries/useChecklistTemplatesQuery";
import type { ChecklistTemplateVersion } from "@/lib/client/schemas/checklist-templates";
import { ChecklistTemplateForm } from "./ChecklistTemplateForm";

/** Every checklist template at its active version; the chosen one (the first at start) is edited below the list. */
export function ChecklistTemplatesPage() {
  const query = useChecklistTemplatesQuery();
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const templates = query.data?.templates ?? [];
  const editedKey = chosenKey ?? templates[0]?.key ?? null;

  return (
    <>
      <PageHeader
        title="Checklist templates"
        description="The checklists Rewind adds to an incident, such as the pre-rollback checklist when the decision is a rollback. Each publish is a new version; an incident keeps the version its checklist started with."
      />
      {query.isPending ? (
        <LoadingState label="Loading the checklist templates…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : templates.length === 0 ? (
        <EmptyState title="No checklist templates" description="This version of Rewind defines none." />
      ) : (
        <div className="flex flex-col gap-6">
          <Card title="Templates">
            <ul className="divide-y divide-slate-200 dark:divide-slate-800">
              {templates.map((template) => (
                <TemplateRow key={template.key} template={template} edited={template.key === editedKey} onEdit={() => setChosenKey(template.key)} />
              ))}
            </ul>
          </Card>
          {editedKey && <TemplateEditor key={editedKey} templateKey={editedKey} />}
        </div>
      )}
    </>
  );
}

function TemplateRow({ template, edited, onEdit }: { template: ChecklistTemplateVersion; edited: boolean; onEdit: () => void }) {
  const itemCount = template.content.groups.reduce((sum, group) => sum + group.items.length, 0);
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900 dark:text-white">{template.content.name}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <code className="font-mono text-xs">{template.key}</code> · version {template.version}, published{" "}
          <time dateTime={template.createdAt}>{formatDateTime(template.createdAt)}</time> · {itemCount} {itemCount === 1 ? "item" : "items"} in{" "}
          {template.content.groups.length} {template.content.groups.length === 1 ? "group" : "groups"}
        </p>
      </div>
      {edited ? (
        <span className="self-start sm:self-center">
          <Badge tone="info">Editing below</Badge>
        </span>
      ) : (
        <Button variant="secondary" size="sm" onClick={onEdit}>
          Edit<span className="sr-only"> {template.content.name}</span>
        </Button>
      )}
    </li>
  );
}

function TemplateEditor({ templateKey }: { templateKey: string }) {
  const query = useChecklistTemplateQuery(templateKey);
  if (query.isPending) return <LoadingState label="Loading the template…" />;
  if (query.isLoadingError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <ChecklistTemplateForm templateKey={templateKey} active={query.data.template} />;
}
