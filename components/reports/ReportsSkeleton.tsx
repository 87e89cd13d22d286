/** Grey blocks where the figures and charts will be, so the page does not jump when they arrive. */
export function ReportsSkeleton() {
  return (
    <div role="status" aria-label="Loading the report" className="flex animate-pulse flex-col gap-6">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((index) => (
          <div key={index} className="h-28 rounded-lg bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <div className="h-80 rounded-lg bg-slate-200 dark:bg-slate-800" />
        <div className="h-80 rounded-lg bg-slate-200 dark:bg-slate-800" />
      </div>
    </div>
  );
}
