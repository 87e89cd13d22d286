import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";

type OneTimeSecretProps = {
  title: string;
  label: string;
  secret: string;
  warning: string;
  onDismiss: () => void;
};

/** A password or token secret that the server returns once and never again. */
export function OneTimeSecret({ title, label, secret, warning, onDismiss }: OneTimeSecretProps) {
  return (
    <Alert
      tone="success"
      title={title}
      actions={
        <Button variant="secondary" size="sm" onClick={onDismiss}>
          I have saved it, hide it
        </Button>
      }
    >
      <p className="font-medium">{warning}</p>
      <p className="mt-3 text-xs font-medium uppercase tracking-wide">{label}</p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <code data-testid="one-time-secret" className="rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 ring-1 ring-emerald-300 dark:bg-slate-950 dark:text-slate-100 dark:ring-emerald-800">
          {secret}
        </code>
        <CopyButton value={secret} label={`Copy ${label.toLowerCase()}`} />
      </div>
    </Alert>
  );
}
