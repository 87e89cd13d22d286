import type { ReactNode } from "react";
import { TableContainer } from "./TableContainer";

const TH_CLASSES = "px-4 py-3 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";
export const TD_CLASSES = "px-4 py-3 align-top text-sm text-slate-800 dark:text-slate-200";

type DataTableProps = {
  /** Names the scrolling region, and the table too unless `caption` is given. */
  label: string;
  caption?: string;
  columns: readonly string[];
  /** Adds a last column for each row's buttons; its heading is for screen readers only. */
  actions?: boolean;
  /** The rows, each a `<tr>` of `TD_CLASSES` cells, one per column. */
  children: ReactNode;
};

export function DataTable({ label, caption = label, columns, actions = false, children }: DataTableProps) {
  return (
    <TableContainer label={label}>
      <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={`${TH_CLASSES} whitespace-nowrap`}>
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col" className={TH_CLASSES}>
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </TableContainer>
  );
}
