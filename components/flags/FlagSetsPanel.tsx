"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import type { FeatureFlag } from "@/lib/client/flags";
import { TurnOffSetDialog } from "./TurnOffSetDialog";

/** Every set with how many of its flags are on, and, for commanders and admins, its emergency "Turn off set". */
export function FlagSetsPanel({ flags, canTurnOff }: { flags: readonly FeatureFlag[]; canTurnOff: boolean }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<{ set: string; count: number } | null>(null);
  const sets = [...new Set(flags.flatMap((flag) => flag.sets))].sort();
  if (sets.length === 0) return null;

  return (
    <Card title="Flag sets">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">“Turn off set” is the emergency rollback: every flag of the set goes to its off value in one step.</p>
      {done && <Alert tone="success" title={`Turned off ${done.count} ${done.count === 1 ? "flag" : "flags"} of set ${done.set}`} />}
      <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {sets.map((set) => {
          const members = flags.filter((flag) => flag.sets.includes(set));
          const on = members.filter((flag) => flag.enabled).length;
          return (
            <li key={set} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
              <p className="min-w-0 text-sm">
                <code className="font-mono font-medium break-all text-slate-900 dark:text-white">{set}</code>
                <span className="text-slate-600 dark:text-slate-400">
                  {" "}
                  · {on} of {members.length} on
                </span>
              </p>
              {canTurnOff && (
                <Button variant="danger" size="sm" disabled={on === 0} onClick={() => setConfirming(set)}>
                  Turn off set<span className="sr-only"> {set}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {confirming && (
        <TurnOffSetDialog
          key={confirming}
          set={confirming}
          flags={flags.filter((flag) => flag.sets.includes(confirming))}
          onClose={(count) => {
            if (count !== null) setDone({ set: confirming, count });
            setConfirming(null);
          }}
        />
      )}
    </Card>
  );
}
