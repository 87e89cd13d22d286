import { Fragment } from "react";
import { Badge } from "@/components/ui/Badge";
import { SEVERITY_LABELS } from "@/lib/client/incident-labels";
import type { MatrixRowDto, Recommendation } from "@/lib/client/schemas/decisions";

type RecommendationViewProps = {
  recommendation: Recommendation;
  /** Receives the heading, to move focus there after this person's own last answer. */
  headingRef: (element: HTMLHeadingElement | null) => void;
};

/** The outcome, and why: the path, the matrix row, the live triggers, and the lighter alternatives. */
export function RecommendationView({ recommendation, headingRef }: RecommendationViewProps) {
  const { outcome } = recommendation;
  return (
    <div>
      <h3 ref={headingRef} tabIndex={-1} className="text-xs font-semibold tracking-wide text-slate-600 uppercase focus:outline-none dark:text-slate-400">
        Recommendation
      </h3>
      <div className="mt-2 rounded-lg border-2 border-indigo-600 bg-indigo-50 p-4 dark:border-indigo-400 dark:bg-indigo-950">
        <p className="text-xl font-semibold text-slate-900 dark:text-white">{outcome.title}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge tone="info">{recommendation.procedureLabel}</Badge>
          {outcome.urgency === "immediate" && <Badge tone="danger">Immediate</Badge>}
          {recommendation.severity && <Badge>{SEVERITY_LABELS[recommendation.severity]} severity</Badge>}
        </div>
        {outcome.summary && <p className="mt-3 text-sm text-slate-800 dark:text-slate-200">{outcome.summary}</p>}
        {outcome.followUp && (
          <p className="mt-2 text-sm font-medium text-slate-900 dark:text-white">
            Then: <span className="font-normal">{outcome.followUp}</span>
          </p>
        )}
      </div>

      <h4 className={SUBHEADING}>Why</h4>
      <ol className="mt-2 list-decimal pl-6 text-sm text-slate-800 dark:text-slate-200">
        {recommendation.path.map((step, index) => (
          <li key={`${step.nodeId}:${index}`}>
            {step.prompt} <strong className="font-semibold">{step.answer}</strong>
          </li>
        ))}
      </ol>

      <h4 className={SUBHEADING}>Decision matrix</h4>
      {recommendation.matrixRow ? (
        <MatrixRowList row={recommendation.matrixRow} />
      ) : (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">No matrix row matches this decision.</p>
      )}

      <h4 className={SUBHEADING}>Live triggers</h4>
      {recommendation.triggers.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">No live health figures yet</p>
      ) : (
        <ul className="mt-2 list-disc pl-6 text-sm text-red-800 dark:text-red-200">
          {recommendation.triggers.map((trigger) => (
            <li key={`${trigger.trigger}:${trigger.message}`}>{trigger.message}</li>
          ))}
        </ul>
      )}

      {recommendation.alternatives.length > 0 && (
        <>
          <h4 className={SUBHEADING}>Alternatives</h4>
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {recommendation.alternatives.map((alternative) => (
              <li key={alternative.procedure} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
                <p className="text-sm font-semibold text-slate-900 dark:text-white">{alternative.label}</p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">When:</p>
                <ul className="list-disc pl-5 text-sm text-slate-800 dark:text-slate-200">
                  {alternative.when.map((when) => (
                    <li key={when}>{when}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function MatrixRowList({ row }: { row: MatrixRowDto }) {
  const entries = [
    ["Scenario", row.label],
    ["Severity", SEVERITY_LABELS[row.severity]],
    ["Time budget", row.budgetLabel],
    ["Decision maker", row.decisionMaker],
    ["Procedure", row.procedureLabel],
  ] as const;
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {entries.map(([term, value]) => (
        <Fragment key={term}>
          <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
          <dd className="text-slate-900 dark:text-slate-100">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

const SUBHEADING = "mt-5 text-sm font-semibold text-slate-900 dark:text-white";
