import { Button } from "./Button";
import { ErrorAlert } from "./ErrorAlert";

/** A query that failed before it had any data: nothing else can show, so offer to ask again. */
export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <ErrorAlert
      error={error}
      actions={
        <Button variant="secondary" size="sm" onClick={() => onRetry()}>
          Try again
        </Button>
      }
    />
  );
}
