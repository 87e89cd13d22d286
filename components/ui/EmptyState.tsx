import type { ReactNode } from "react";

/** What the page will show, and what to do to get there. */
export function EmptyState({ title, description, action, icon }: { title: string; description: ReactNode; action?: ReactNode; icon?: ReactNode }) {
  return (
    <section
      aria-label={title}
      className="flex flex-col items-center rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      {icon && (
        <div className="mb-3 text-slate-500 dark:text-slate-400" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2 className="text-base font-semibold text-slate-900 dark:text-white">{title}</h2>
      <p className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">{description}</p>
      {action && <div className="mt-5">{action}</div>}
    </section>
  );
}
