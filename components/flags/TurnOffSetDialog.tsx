"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useTurnOffSetMutation, type FeatureFlag } from "@/lib/client/flags";

type TurnOffSetDialogProps = { set: string; flags: readonly FeatureFlag[]; onClose: (turnedOff: number | null) => void };

/**
 * Confirms an emergency rollback of a set in a modal dialog (focus stays in
 * it, Escape cancels), naming every flag it will turn off.
 */
export function TurnOffSetDialog({ set, flags, onClose }: TurnOffSetDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mutation = useTurnOffSetMutation(set);
  const on = flags.filter((flag) => flag.enabled);
  const titleId = `turn-off-${set}-title`;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function confirm() {
    mutation.mutate(undefined, { onSuccess: ({ turnedOff }) => onClose(turnedOff.length) });
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={() => onClose(null)}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex flex-col gap-4 p-4 sm:p-6">
        <h2 id={titleId} className="text-lg font-semibold">
          Turn off set {set}?
        </h2>
        {on.length === 0 ? (
          <p className="text-sm">Every flag of this set is already off. Nothing would change.</p>
        ) : (
          <>
            <p className="text-sm">
              This turns off {on.length} {on.length === 1 ? "flag" : "flags"} at once. Applications get each flag&apos;s off value at their next evaluation.
            </p>
            <ul className="max-h-48 list-disc overflow-y-auto pl-5 text-sm">
              {on.map((flag) => (
                <li key={flag.key}>
                  <code className="font-mono break-all">{flag.key}</code> → <code className="font-mono break-all">{JSON.stringify(flag.offValue)}</code>
                </li>
              ))}
            </ul>
            <Alert tone="warning">Turning them back on needs an admin, flag by flag.</Alert>
          </>
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onClose(null)} autoFocus>
            Cancel
          </Button>
          <Button variant="danger" pending={mutation.isPending} pendingLabel="Turning off…" disabled={on.length === 0} onClick={confirm}>
            Turn off {on.length} {on.length === 1 ? "flag" : "flags"}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
