"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { useDeployDemoBadReleaseMutation } from "@/lib/client/mutations/useDeployDemoBadReleaseMutation";
import { useResetDemoMutation } from "@/lib/client/mutations/useResetDemoMutation";

/**
 * The demo's story starts here: a bad release of the sandbox's checkout API.
 * Once it is deployed, its service page opens, where the error rate climbs
 * past the threshold and the signal fires.
 */
export function DemoControls({ canRun }: { canRun: boolean }) {
  const router = useRouter();
  const deploy = useDeployDemoBadReleaseMutation();
  const reset = useResetDemoMutation();
  const busy = deploy.isPending || reset.isPending;

  return (
    <section
      aria-labelledby="demo-heading"
      className="rounded-lg border border-indigo-200 bg-indigo-50 p-4 sm:p-5 dark:border-indigo-900 dark:bg-indigo-950/60"
    >
      <h2 id="demo-heading" className="text-base font-semibold text-indigo-950 dark:text-indigo-100">
        Try it: break a service
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-indigo-950 dark:text-indigo-100">
        The services below are a sandbox fleet running on this machine with real traffic. Deploy a bad release of the checkout API, watch its
        error rate cross the threshold and the signal fire, then roll it back and watch it recover.
      </p>
      {canRun ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button
            pending={deploy.isPending}
            pendingLabel="Deploying the bad release…"
            disabled={busy}
            onClick={() => deploy.mutate(undefined, { onSuccess: ({ service }) => router.push(`/services/${encodeURIComponent(service.slug)}`) })}
          >
            Deploy a bad release
          </Button>
          <Button variant="secondary" pending={reset.isPending} pendingLabel="Resetting…" disabled={busy} onClick={() => reset.mutate()}>
            Reset demo
          </Button>
        </div>
      ) : (
        <p className="mt-3 text-sm text-indigo-900 dark:text-indigo-200">Commanders and admins can start the demo.</p>
      )}
      <div className="mt-3 flex flex-col gap-2 empty:hidden">
        {deploy.isSuccess && (
          <Alert tone="success" title={`Deployed ${deploy.data.version} to ${deploy.data.service.name}`}>
            Opening its page…
          </Alert>
        )}
        {deploy.isError && <ErrorAlert error={deploy.error} />}
        {reset.isSuccess && <Alert tone="success" title="Demo reset: every sandbox service is back on its good version." />}
        {reset.isError && <ErrorAlert error={reset.error} />}
      </div>
    </section>
  );
}
