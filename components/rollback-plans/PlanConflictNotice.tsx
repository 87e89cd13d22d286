import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";

type PlanConflictNoticeProps = {
  /** True when a save was refused; false when a refresh merely showed a newer version. */
  refused: boolean;
  reloading: boolean;
  onReload: () => void;
};

/** Someone saved the plan after this draft started from it: the draft must start again from theirs. */
export function PlanConflictNotice({ refused, reloading, onReload }: PlanConflictNoticeProps) {
  return (
    <Alert
      tone={refused ? "error" : "warning"}
      title={refused ? "Not saved: someone changed this plan while you were editing" : "Someone changed this plan while you were editing"}
      actions={
        <Button variant="secondary" size="sm" pending={reloading} pendingLabel="Reloading…" onClick={onReload}>
          Reload the plan (drops your changes)
        </Button>
      }
    >
      <p>Saving yours would overwrite their changes. Reload the plan to see it as it is now, then make your changes again.</p>
    </Alert>
  );
}
