"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { SeverityBadge } from "@/components/incidents/IncidentBadges";
import { buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useMyTasksQuery } from "@/lib/client/queries/useMyTasksQuery";
import type { MyTasks } from "@/lib/client/schemas/tasks";
import { useNow } from "@/lib/client/use-now";
import { TaskDue } from "./TaskDue";

const ACTION_ITEM_STATUS: Record<string, string> = { open: "Open", in_progress: "In progress" };

/** Everything assigned to the signed-in person: checklist items and post-mortem action items, overdue first. */
export function MyTasksPage() {
  const query = useMyTasksQuery();
  const now = useNow(30_000);
  const tasks = query.data;
  const overdue = tasks ? [...tasks.checklistItems, ...tasks.actionItems].filter((task) => task.overdue).length : 0;

  return (
    <>
      <PageHeader
        title="My tasks"
        description={
          tasks && overdue > 0
            ? `${overdue} overdue. Checklist items assigned to you and post-mortem action items you own, across the incidents you can see.`
            : "Checklist items assigned to you and post-mortem action items you own, across the incidents you can see. Overdue first."
        }
      />
      {query.isPending ? (
        <LoadingState label="Loading your tasks…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.checklistItems.length === 0 && query.data.actionItems.length === 0 ? (
        <EmptyState
          title="Nothing assigned to you"
          description="When someone assigns you a checklist item on an incident, or makes you the owner of a post-mortem action item, it shows here. To take one yourself, open an incident and pick your name as an item's assignee."
          action={
            <Link href="/incidents" className={buttonClasses("primary")}>
              Go to incidents
            </Link>
          }
        />
      ) : (
        <div className="flex flex-col gap-6">
          <ChecklistTasks items={query.data.checklistItems} now={now} />
          <ActionItemTasks items={query.data.actionItems} now={now} />
        </div>
      )}
    </>
  );
}

function ChecklistTasks({ items, now }: { items: MyTasks["checklistItems"]; now: number }) {
  return (
    <Card title={`Checklist items (${items.length})`}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No open checklist items are assigned to you.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => (
            <TaskRow key={item.id} overdue={item.overdue}>
              <Link href={`/incidents/${item.incident.key}#checklist-${item.checklist.id}`} className="font-medium break-words text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
                {item.text}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {item.checklist.name} · {item.groupTitle}
              </p>
              <TaskContext incident={item.incident} dueAt={item.dueAt} overdue={item.overdue} now={now} />
            </TaskRow>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ActionItemTasks({ items, now }: { items: MyTasks["actionItems"]; now: number }) {
  return (
    <Card title={`Post-mortem action items (${items.length})`}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">You own no open action items. Post-mortems assign them when they are written.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => (
            <TaskRow key={item.id} overdue={item.overdue}>
              <Link href={`/incidents/${item.incident.key}/post-mortem`} className="font-medium break-words text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
                {item.title}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">{ACTION_ITEM_STATUS[item.status] ?? item.status}</p>
              <TaskContext incident={item.incident} dueAt={item.dueAt} overdue={item.overdue} now={now} />
            </TaskRow>
          ))}
        </ul>
      )}
    </Card>
  );
}

function TaskRow({ overdue, children }: { overdue: boolean; children: ReactNode }) {
  return (
    <li
      data-overdue={overdue || undefined}
      className={`flex flex-col gap-1 py-3 text-sm ${overdue ? "-mx-2 rounded-md border-l-4 border-red-600 bg-red-50 px-2 dark:border-red-400 dark:bg-red-950/40" : ""}`}
    >
      {children}
    </li>
  );
}

function TaskContext({ incident, dueAt, overdue, now }: { incident: MyTasks["checklistItems"][number]["incident"]; dueAt: string | null; overdue: boolean; now: number }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      <span className="inline-flex min-w-0 items-center gap-2 text-slate-700 dark:text-slate-300">
        <SeverityBadge severity={incident.severity} />
        <span className="break-words">
          {incident.key}: {incident.title}
        </span>
      </span>
      <TaskDue dueAt={dueAt} overdue={overdue} now={now} />
    </div>
  );
}
