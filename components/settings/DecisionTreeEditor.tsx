"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ApiError, errorMessage } from "@/lib/client/api-fetch";
import { usePublishDecisionTreeMutation } from "@/lib/client/mutations/usePublishDecisionTreeMutation";
import type { DecisionTree } from "@/lib/domain/decisions/decision-tree";

/**
 * The tree as JSON, edited by hand. The browser only checks that it parses;
 * the server validates the tree (cycles, dangling edges, answers leading
 * nowhere, outcomes without a procedure) and its refusal is listed here.
 */
export function DecisionTreeEditor({ content }: { content: DecisionTree }) {
  const id = useId();
  const mutation = usePublishDecisionTreeMutation();
  const [parseError, setParseError] = useState<string | null>(null);

  function publish(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("content") ?? "");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setParseError(`This is not valid JSON: ${error instanceof SyntaxError ? error.message : "it does not parse"}`);
      return;
    }
    setParseError(null);
    mutation.mutate(parsed);
  }

  const problems = mutation.error instanceof ApiError ? mutation.error.details : [];
  // After this admin's own publish the text restarts from what was published; someone else's publish leaves a draft alone.
  const published = mutation.data?.tree;
  const errorId = `${id}-error`;
  const invalid = parseError !== null || mutation.isError;

  return (
    <Card title="Publish a new version">
      <form onSubmit={publish} className="flex flex-col gap-4">
        {mutation.isSuccess && <Alert tone="success" title={`Version ${mutation.data.tree.version} published`} />}
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
            Decision tree JSON
          </label>
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            Each question has at most 4 answers (number keys 1–4 choose them); every answer leads to a node; every outcome names a procedure.
          </p>
          <textarea
            key={published?.version ?? "active"}
            id={id}
            name="content"
            required
            rows={20}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            defaultValue={JSON.stringify(published?.content ?? content, null, 2)}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint${invalid ? ` ${errorId}` : ""}`}
            className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 font-mono text-xs text-slate-900 shadow-sm dark:bg-slate-950 dark:text-slate-100 ${
              invalid ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
            }`}
          />
          {parseError && (
            <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
              {parseError}
            </p>
          )}
          {!parseError && mutation.isError && (
            <div id={errorId} role="alert" className="mt-2 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              {/* The message repeats the problems when there are any; then the list alone reads better. */}
              <p className="font-semibold">{problems.length > 0 ? "Rewind refused this tree:" : `Rewind refused this tree: ${errorMessage(mutation.error)}`}</p>
              {problems.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {problems.map((problem) => (
                    <li key={`${problem.field}:${problem.message}`}>
                      {problem.message}
                      {problem.field && problem.field !== "content" && <span className="ml-1 font-mono text-xs">({problem.field})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <div>
          <Button type="submit" pending={mutation.isPending} pendingLabel="Publishing…">
            Publish new version
          </Button>
        </div>
      </form>
    </Card>
  );
}
