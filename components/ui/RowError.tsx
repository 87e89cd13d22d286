import { errorMessage } from "@/lib/client/api-fetch";

/** Why an action on one table row failed, shown under that row's buttons. */
export function RowError({ error }: { error: unknown }) {
  return (
    <p role="alert" className="mt-2 max-w-xs text-sm text-red-700 dark:text-red-300">
      {errorMessage(error)}
    </p>
  );
}
