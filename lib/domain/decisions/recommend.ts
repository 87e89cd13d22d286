import type { Severity } from "../incidents/lifecycle";
import { ALTERNATIVE_GUIDANCE, matrixRowFor, type MatrixRow, type Scenario } from "./decision-matrix";
import { PROCEDURE_LABELS, type DecisionTree, type OutcomeNode, type Procedure } from "./decision-tree";
import { matchTriggers, type HealthFigures, type TriggerMatch } from "./triggers";
import { walkTree, type RecordedAnswer } from "./walk-tree";

export type RecommendationInput = {
  tree: DecisionTree;
  answers: readonly RecordedAnswer[];
  incident: { severity: Severity; scenario: Scenario | null };
  /** The service's health figures when the decision was made, if a health source exists. */
  health?: HealthFigures | null;
};

export type AlternativeProcedure = { procedure: Procedure; label: string; when: string[] };
export type PathEntry = { nodeId: string; prompt: string; answerId: string; answer: string };

export type Recommendation = {
  outcome: OutcomeNode;
  procedureLabel: string;
  /** What the answers established, else the incident's own severity. */
  severity: Severity;
  matrixRow: MatrixRow | null;
  triggers: TriggerMatch[];
  alternatives: AlternativeProcedure[];
  path: PathEntry[];
};

/**
 * What the recommendation screen shows once the answers reach an outcome: the
 * procedure, the matrix row that sets its time budget, the rollback triggers
 * the health figures fire, and the lighter procedures worth considering.
 * Null while a question is still open.
 */
export function buildRecommendation(input: RecommendationInput): Recommendation | null {
  const walk = walkTree(input.tree, input.answers);
  if (!walk.outcome) return null;
  const outcome = walk.outcome;
  const severity = walk.facts.severity ?? input.incident.severity;
  return {
    outcome,
    procedureLabel: outcome.procedure ? PROCEDURE_LABELS[outcome.procedure] : outcome.title,
    severity,
    matrixRow: matrixRowFor({ scenario: input.incident.scenario, severity }),
    triggers: input.health ? matchTriggers(input.health) : [],
    alternatives: alternativesTo(outcome.procedure),
    path: walk.path.map(({ question, answer }) => ({ nodeId: question.id, prompt: question.prompt, answerId: answer.id, answer: answer.label })),
  };
}

/** The seeds' guidance for every procedure other than the recommended one, with display labels. */
export function alternativesTo(procedure: Procedure | undefined): AlternativeProcedure[] {
  return ALTERNATIVE_GUIDANCE.filter((entry) => entry.procedure !== procedure).map((entry) => ({
    procedure: entry.procedure,
    label: PROCEDURE_LABELS[entry.procedure],
    when: [...entry.when],
  }));
}
