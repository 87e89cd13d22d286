import type { DecisionTree } from "@/lib/domain/decisions/decision-tree";
import { buildDiagram, describePath, type DiagramAnswer, type DiagramNode, type TakenStep } from "./diagram-model";

type DiagramProps = {
  tree: DecisionTree;
  /** The answers given so far, in order; drawn highlighted from the start node. */
  taken?: readonly TakenStep[];
  /** Names the figure, e.g. "Decision tree". */
  label: string;
};

/**
 * The whole tree as nested lists drawn as a graph: each question, its
 * answers as labelled edges, and what each leads to. Nodes and edges on the
 * taken path are highlighted and say so to screen readers.
 */
export function DecisionTreeDiagram({ tree, taken = [], label }: DiagramProps) {
  const root = buildDiagram(tree, taken);
  return (
    <figure className="min-w-0">
      <figcaption className="sr-only">
        {label}. {taken.length > 0 ? `Path taken, highlighted: ${describePath(tree, taken)}.` : "No answer given yet."}
      </figcaption>
      {/* Focusable so keyboard users can scroll a wide tree sideways on a phone. */}
      <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <ul className="min-w-max">
          <NodeItem node={root} />
        </ul>
      </div>
    </figure>
  );
}

function NodeItem({ node }: { node: DiagramNode }) {
  const box = `${BOX} ${node.onPath ? ON_PATH : OFF_PATH}`;
  if (node.kind !== "question") {
    return (
      <li>
        <div className={box}>
          {node.kind === "outcome" && <span className="block text-xs font-medium text-slate-700 uppercase dark:text-slate-300">Outcome</span>}
          <span className="font-medium">{node.title}</span>
          {node.detail && <span className="block text-xs text-slate-700 dark:text-slate-300">{node.detail}</span>}
          {node.isEnd && <Marker text="Recommended" />}
        </div>
      </li>
    );
  }
  return (
    <li>
      <div className={box}>
        <span className="font-medium">{node.title}</span>
        {node.isEnd && <Marker text="Current question" />}
        {node.onPath && !node.isEnd && <span className="sr-only"> (on the path taken)</span>}
      </div>
      <ul className="mt-2 ml-4 flex flex-col gap-2 border-l-2 border-slate-300 pl-4 dark:border-slate-600">
        {node.answers.map((answer) => (
          <AnswerItem key={answer.id} answer={answer} />
        ))}
      </ul>
    </li>
  );
}

function AnswerItem({ answer }: { answer: DiagramAnswer }) {
  return (
    <li>
      <span className={`mb-1 inline-block rounded px-1.5 py-0.5 text-xs font-medium ${answer.taken ? ON_PATH_EDGE : "text-slate-700 dark:text-slate-300"}`}>
        <span aria-hidden="true">↳ </span>
        {answer.label}
        {answer.taken && <span className="sr-only"> (chosen)</span>}
      </span>
      {answer.child ? (
        <ul>
          <NodeItem node={answer.child} />
        </ul>
      ) : (
        <p className="text-xs text-slate-700 dark:text-slate-300">Leads nowhere</p>
      )}
    </li>
  );
}

function Marker({ text }: { text: string }) {
  return (
    <span className="mt-1 block text-xs font-semibold text-indigo-800 dark:text-indigo-200">
      <span aria-hidden="true">● </span>
      {text}
    </span>
  );
}

const BOX = "inline-block max-w-xs rounded-md px-3 py-2 text-sm text-slate-900 dark:text-slate-100";
const OFF_PATH = "border border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-950";
const ON_PATH = "border-2 border-indigo-600 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950";
const ON_PATH_EDGE = "bg-indigo-700 text-white dark:bg-indigo-300 dark:text-slate-950";
