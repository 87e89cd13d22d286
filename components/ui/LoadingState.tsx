import { Spinner } from "./Spinner";

export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-2 py-8 text-sm text-slate-600 dark:text-slate-400">
      <Spinner />
      {label}
    </div>
  );
}
