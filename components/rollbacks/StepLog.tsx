"use client";

import { useEffect, useRef } from "react";
import type { StepLogLine } from "@/lib/client/schemas/rollback-runs";

const LEVEL_CLASSES: Record<string, string> = {
  info: "text-slate-200",
  warn: "text-amber-300",
  error: "text-red-300",
};

/** One step's live log, following the newest line while the step runs. */
export function StepLog({ lines, live, label }: { lines: StepLogLine[]; live: boolean; label: string }) {
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (live) end.current?.scrollIntoView({ block: "nearest" });
  }, [lines.length, live]);
  if (lines.length === 0) return <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{live ? "Waiting for the first log line…" : "No log lines."}</p>;
  return (
    <ol aria-label={label} aria-live={live ? "polite" : undefined} className="mt-2 max-h-64 overflow-y-auto rounded-md bg-slate-950 p-3 font-mono text-xs leading-5">
      {lines.map((line) => (
        <li key={line.id} className={`break-words whitespace-pre-wrap ${LEVEL_CLASSES[line.level] ?? LEVEL_CLASSES.info}`}>
          <time dateTime={line.at} className="mr-2 text-slate-400">
            {line.at.slice(11, 19)}
          </time>
          {line.line}
        </li>
      ))}
      <li ref={end} aria-hidden="true" />
    </ol>
  );
}
