import type { PathEntry } from "./decision-path";

/** The answers given so far, as a breadcrumb: "How severe is the issue? High › Can we hotfix it? No". */
export function DecisionPathBreadcrumb({ path }: { path: readonly PathEntry[] }) {
  return (
    <nav aria-label="Decision path" className="mb-4">
      {path.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No answers yet: this is the first question.</p>
      ) : (
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          {path.map((entry, index) => (
            <li key={`${entry.nodeId}:${index}`} className="flex items-center gap-2">
              {index > 0 && (
                <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                  ›
                </span>
              )}
              <span className="rounded-md bg-slate-100 px-2 py-1 dark:bg-slate-800">
                <span className="text-slate-700 dark:text-slate-300">{entry.prompt}</span>{" "}
                <strong className="font-semibold text-slate-900 dark:text-white">{entry.answer}</strong>
              </span>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
