import type { ReactNode } from "react";

type ChartFigureProps = {
  title: string;
  /** A one-line reading of the chart, also its accessible description. */
  summary: ReactNode;
  testId: string;
  chart: ReactNode;
  /** The same figures as a table, for screen readers and anyone who prefers numbers. */
  table: { caption: string; head: readonly string[]; rows: readonly (readonly ReactNode[])[] };
};

/** A chart with its accessible name, a text summary and a data-table alternative in a <details>. */
export function ChartFigure({ title, summary, testId, chart, table }: ChartFigureProps) {
  const id = `chart-${testId}`;
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      <p id={`${id}-summary`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {summary}
      </p>
      <div className="mt-3" data-testid={testId} role="img" aria-label={`${title} chart; the figures are in the table below`}>
        {chart}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-800 dark:text-indigo-300">Show the figures as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                {table.head.map((cell) => (
                  <th key={cell} scope="col" className="py-1 pr-3 font-medium text-slate-700 dark:text-slate-300">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex} className="py-1 pr-3 text-slate-900 tabular-nums dark:text-slate-100">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
