"use client";

import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { Spinner } from "@/components/ui/Spinner";
import { useAnswerDecisionMutation } from "@/lib/client/mutations/useAnswerDecisionMutation";
import { useUndoLastAnswerMutation } from "@/lib/client/mutations/useUndoLastAnswerMutation";
import type { Decision } from "@/lib/client/schemas/decisions";
import { useNumberKeys } from "@/lib/client/use-number-keys";
import type { QuestionNode } from "@/lib/domain/decisions/decision-tree";
import { isConflict, reportErrorsTo, type DecisionActions } from "./decision-actions";

type DecisionQuestionProps = {
  incidentRef: string;
  decision: Decision;
  question: QuestionNode;
  canAnswer: boolean;
  /** Receives the question heading, to move focus there after this person's own answer. */
  headingRef: (element: HTMLHeadingElement | null) => void;
  actions: DecisionActions;
};

/** One question per screen: big numbered answers (keys 1-4 choose), and Back. */
export function DecisionQuestion({ incidentRef, decision, question, canAnswer, headingRef, actions }: DecisionQuestionProps) {
  const answerMutation = useAnswerDecisionMutation(incidentRef);
  const backMutation = useUndoLastAnswerMutation(incidentRef);
  const busy = answerMutation.isPending || backMutation.isPending;
  // A stale step (409) means someone answered first; the panel says so above whatever is current.
  const callbacks = reportErrorsTo(actions, "Someone answered first — showing the current state");

  function choose(index: number) {
    const answer = question.answers[index];
    if (!answer || busy) return;
    actions.begin();
    answerMutation.mutate({ step: decision.step, nodeId: question.id, answerId: answer.id }, callbacks);
  }

  useNumberKeys(canAnswer && !busy, question.answers.length, choose);

  return (
    <div>
      <p className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">Question {decision.answers.length + 1}</p>
      <h3 ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-semibold text-slate-900 focus:outline-none dark:text-white">
        {question.prompt}
      </h3>
      {question.help && <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">{question.help}</p>}

      {canAnswer ? (
        <>
          <p id="decision-keys-hint" className="mt-4 text-xs text-slate-600 dark:text-slate-400">
            Press {question.answers.length > 1 ? `1–${question.answers.length}` : "1"} to choose, or Tab to an answer and press Enter.
          </p>
          <div role="group" aria-label="Answers" aria-describedby="decision-keys-hint" className="mt-2 grid gap-3 sm:grid-cols-2">
            {question.answers.map((answer, index) => {
              const pending = answerMutation.isPending && answerMutation.variables?.answerId === answer.id;
              return (
                <button
                  key={answer.id}
                  type="button"
                  aria-keyshortcuts={String(index + 1)}
                  aria-describedby={answer.hint ? `answer-${answer.id}-hint` : undefined}
                  aria-busy={pending || undefined}
                  disabled={busy}
                  onClick={() => choose(index)}
                  className="flex min-h-16 items-center gap-4 rounded-lg border-2 border-slate-300 bg-white px-4 py-3 text-left text-lg font-semibold text-slate-900 hover:border-indigo-600 hover:bg-indigo-50 disabled:cursor-not-allowed disabled:opacity-70 dark:border-slate-600 dark:bg-slate-950 dark:text-white dark:hover:border-indigo-400 dark:hover:bg-indigo-950"
                >
                  <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-md bg-slate-200 font-mono text-base text-slate-900 dark:bg-slate-700 dark:text-white">
                    {pending ? <Spinner /> : index + 1}
                  </span>
                  <span>
                    {answer.label}
                    {answer.hint && (
                      <span id={`answer-${answer.id}-hint`} aria-hidden="true" className="block text-sm font-normal text-slate-700 dark:text-slate-300">
                        {answer.hint}
                      </span>
                    )}
                  </span>
                </button>
              );
            })}
          </div>
          <div className="mt-4 flex flex-wrap gap-2">
            <Button
              variant="secondary"
              disabled={decision.answers.length === 0 || answerMutation.isPending}
              pending={backMutation.isPending}
              pendingLabel="Going back…"
              onClick={() => {
                actions.begin();
                backMutation.mutate({ step: decision.step }, callbacks);
              }}
            >
              Back
            </Button>
          </div>
          <MutationProblem error={answerMutation.error} />
          <MutationProblem error={backMutation.error} />
        </>
      ) : (
        <div className="mt-4">
          <p className="text-sm font-medium text-slate-700 dark:text-slate-300">Waiting for a commander to answer. The options:</p>
          <ol className="mt-2 list-decimal pl-6 text-sm text-slate-900 dark:text-slate-100">
            {question.answers.map((answer) => (
              <li key={answer.id}>{answer.label}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

/** A stale step (409) is not shown here: the panel reports it, since this question may already be gone. */
function MutationProblem({ error }: { error: Error | null }) {
  if (!error || isConflict(error)) return null;
  return (
    <div className="mt-4">
      <ErrorAlert error={error} />
    </div>
  );
}
