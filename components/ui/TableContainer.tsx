import type { ReactNode } from "react";

/**
 * Lets wide tables scroll sideways on phones. The region is focusable so
 * keyboard users can scroll it too.
 */
export function TableContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      {children}
    </div>
  );
}
