"use client";

import { useId } from "react";
import { RowError } from "@/components/ui/RowError";
import { useUpdateFlagMutation, type FeatureFlag } from "@/lib/client/flags";

/**
 * The flag's on/off switch, named after the flag. Admins switch any flag;
 * commanders may only turn a kill switch off; others see the state.
 */
export function FlagSwitch({ flag, canManage, canPullKillSwitch }: { flag: FeatureFlag; canManage: boolean; canPullKillSwitch: boolean }) {
  const update = useUpdateFlagMutation(flag.key);
  const hintId = useId();
  const allowed = canManage || (canPullKillSwitch && flag.killSwitch && flag.enabled);
  const hint = allowed ? null : canPullKillSwitch && flag.killSwitch ? "Only admins turn a kill switch back on." : "Only admins switch this flag.";

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <label className="flex items-center gap-2 text-sm font-medium">
        <span className="relative inline-flex shrink-0">
          <input
            type="checkbox"
            role="switch"
            aria-label={flag.key}
            aria-describedby={hint ? hintId : undefined}
            checked={flag.enabled}
            disabled={!allowed || update.isPending}
            onChange={(event) => update.mutate({ version: flag.version, change: { enabled: event.target.checked } })}
            className="peer h-6 w-11 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors checked:bg-emerald-600 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-slate-600 dark:checked:bg-emerald-500"
          />
          <span aria-hidden="true" className="pointer-events-none absolute top-0.5 left-0.5 size-5 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5" />
        </span>
        <span aria-hidden="true" className={flag.enabled ? "text-emerald-800 dark:text-emerald-300" : "text-slate-600 dark:text-slate-400"}>
          {flag.enabled ? "On" : "Off"}
        </span>
      </label>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {update.isError && <RowError error={update.error} />}
    </div>
  );
}
