import type { ReactNode } from "react";
import type { ChartSeries } from "@/lib/client/realtime/health-chart-series";
import { NO_DATA } from "./health-format";
import { useChartPalette } from "./useChartPalette";

type DataAttributes = { [name: `data-${string}`]: string | number | undefined };

type ChartPanelProps = {
  id: string;
  title: string;
  /** The newest figure, printed large beside the title. */
  latest: string;
  /** Current value against its threshold, in words: the chart's description for screen readers, and a caption for everyone. */
  summary: string;
  /** Named in a legend when a chart draws more than one source. */
  series: readonly ChartSeries[];
  /** Hooks for tests (data-testid, data-latest, …) on the panel itself. */
  data?: DataAttributes;
  compact?: boolean;
  /** The chart. */
  children: ReactNode;
};

export function ChartPanel({ id, title, latest, summary, series, data, compact = false, children }: ChartPanelProps) {
  const palette = useChartPalette();
  return (
    <section
      aria-labelledby={`${id}-title`}
      {...data}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${compact ? "p-3" : "p-4"}`}
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900 dark:text-white">
          {title}
        </h3>
        <p className={`font-semibold text-slate-900 tabular-nums dark:text-white ${compact ? "text-base" : "text-lg"}`}>
          {latest === NO_DATA ? (
            <>
              <span aria-hidden="true">{NO_DATA}</span>
              <span className="sr-only">No data</span>
            </>
          ) : (
            latest
          )}
        </p>
      </div>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        {children}
      </div>
      <p id={`${id}-summary`} className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {summary}
      </p>
      {series.length > 1 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-label={`${title}: sources`}>
          {series.map((entry, index) => (
            <li key={entry.key} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="h-0.5 w-4 rounded" style={{ background: palette.series[index % palette.series.length] }} />
              {entry.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
