"use client";

import { useCallback, useRef, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useDecisionQuery } from "@/lib/client/queries/useDecisionQuery";
import type { Decision } from "@/lib/client/schemas/decisions";
import { Panel } from "../detail/Panel";
import { decisionView } from "./decision-path";
import { DecisionPathBreadcrumb } from "./DecisionPathBreadcrumb";
import { DecisionQuestion } from "./DecisionQuestion";
import type { DecisionActions } from "./decision-actions";
import { DecisionStart } from "./DecisionStart";
import { DecisionTreeDiagram } from "./DecisionTreeDiagram";
import { RecommendationView } from "./RecommendationView";
import { RestartDecisionButton } from "./RestartDecisionButton";

/**
 * The guided decision: start it, one question per screen, then the
 * recommendation. Commanders act; everyone else watches the same state live.
 */
export function DecisionPanel({ incidentRef, canCommand }: { incidentRef: string; canCommand: boolean }) {
  const query = useDecisionQuery(incidentRef);
  const [conflict, setConflict] = useState<string | null>(null);
  // Focus follows this person's own answers to the next screen, never someone else's (it would yank them away mid-task).
  const focusNextHeading = useRef(false);
  // Stable, so React calls it only when a heading mounts (each question remounts), not on every render.
  const headingRef = useCallback((element: HTMLHeadingElement | null) => {
    if (element && focusNextHeading.current) {
      focusNextHeading.current = false;
      element.focus();
    }
  }, []);
  // Called as this person acts (before the request), so the focus request is in place whenever the new screen mounts.
  const actions: DecisionActions = {
    begin: () => {
      setConflict(null);
      focusNextHeading.current = true;
    },
    conflict: (message) => setConflict(message),
    failed: () => {
      focusNextHeading.current = false;
    },
  };

  return (
    <Panel id="guided-decision" title="Guided decision">
      {conflict && (
        <div className="mb-4">
          <Alert tone="warning" title={conflict} />
        </div>
      )}
      {query.isPending ? (
        <LoadingState label="Loading the decision…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data.decision || query.data.decision.status === "abandoned" ? (
        <DecisionStart incidentRef={incidentRef} canCommand={canCommand} restart={query.data.decision !== null} actions={actions} />
      ) : (
        <DecisionBody
          incidentRef={incidentRef}
          decision={query.data.decision}
          canCommand={canCommand}
          headingRef={headingRef}
          actions={actions}
        />
      )}
    </Panel>
  );
}

type DecisionBodyProps = {
  incidentRef: string;
  decision: Decision;
  canCommand: boolean;
  headingRef: (element: HTMLHeadingElement | null) => void;
  actions: DecisionActions;
};

function DecisionBody({ incidentRef, decision, canCommand, headingRef, actions }: DecisionBodyProps) {
  const view = decisionView(decision);
  const taken = view.path.map(({ nodeId, answerId }) => ({ nodeId, answerId }));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <DecisionPathBreadcrumb path={view.path} />
        {decision.recommendation ? (
          <>
            <RecommendationView recommendation={decision.recommendation} headingRef={headingRef} />
            {canCommand && <RestartDecisionButton incidentRef={incidentRef} actions={actions} />}
          </>
        ) : view.current ? (
          <DecisionQuestion
            // A fresh component per question: its heading mounts anew (and takes focus after an own answer).
            key={`${decision.id}:${decision.step}:${view.current.id}`}
            incidentRef={incidentRef}
            decision={decision}
            question={view.current}
            canAnswer={canCommand}
            headingRef={headingRef}
            actions={actions}
          />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">The decision reached its end; the recommendation is being prepared. Reload if it does not appear.</p>
        )}
      </div>
      {/* Open by default (it is part of the "why"); a phone user can fold it away. */}
      <details open>
        <summary className="mb-2 cursor-pointer text-sm font-semibold text-slate-900 dark:text-white">
          The whole tree <span className="font-normal text-slate-600 dark:text-slate-400">(version {decision.tree.version})</span>
        </summary>
        <DecisionTreeDiagram tree={decision.tree.content} taken={taken} label="Decision tree" />
      </details>
    </div>
  );
}
