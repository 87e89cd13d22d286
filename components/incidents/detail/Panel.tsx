import type { ReactNode } from "react";

/**
 * A titled section of the incident page. Unlike Card, its heading names the
 * region (aria-labelledby), and it can carry actions beside the heading.
 */
export function Panel({ id, title, actions, className = "", children }: { id: string; title: string; actions?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900 dark:text-white">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
