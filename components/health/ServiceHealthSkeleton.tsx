/** The page's shape while its first window loads, so nothing jumps when the charts arrive. */
export function ServiceHealthSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the service’s health…</span>
      <div aria-hidden="true" className="motion-safe:animate-pulse">
        <div className="mb-2 h-4 w-24 rounded bg-slate-200 dark:bg-slate-800" />
        <div className="mb-6 h-8 w-64 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
        <div className="mb-4 h-9 w-80 max-w-full rounded-lg bg-slate-200 dark:bg-slate-800" />
        <div className="grid gap-4 lg:grid-cols-2">
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className="h-72 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <div className="h-4 w-32 rounded bg-slate-200 dark:bg-slate-800" />
              <div className="mt-4 h-48 rounded bg-slate-100 dark:bg-slate-800/60" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
