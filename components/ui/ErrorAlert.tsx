import type { ReactNode } from "react";
import { ApiError, errorMessage } from "@/lib/client/api-fetch";
import { Alert } from "./Alert";

/**
 * A failed request. Field problems for inputs on the form (`fields`) appear
 * next to those inputs; any others are listed here so none is lost.
 */
export function ErrorAlert({ error, fields = [], actions }: { error: unknown; fields?: readonly string[]; actions?: ReactNode }) {
  const details = error instanceof ApiError ? error.details.filter((problem) => !fields.includes(problem.field)) : [];
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert tone="error" title={errorMessage(error)} actions={actions}>
      {details.length > 0 && (
        <ul className="list-disc pl-5">
          {details.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problem.field ? `${problem.field}: ${problem.message}` : problem.message}</li>
          ))}
        </ul>
      )}
      {requestId && <p className="mt-1 text-xs">Request ID: <code>{requestId}</code></p>}
    </Alert>
  );
}
