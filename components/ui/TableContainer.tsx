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

export const TH_CLASSES = "px-4 py-3 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
export const TD_CLASSES = "px-4 py-3 align-top text-sm text-slate-800 dark:text-slate-200";
