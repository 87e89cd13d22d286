import { Alert } from "@/components/ui/Alert";
import type { RollbackRun } from "@/lib/client/schemas/rollback-runs";

/** The post-rollback checks with expected and actual values; a failure says so plainly. */
export function VerificationReport({ run, actions }: { run: RollbackRun; actions?: React.ReactNode }) {
  if (run.mode === "drill" || run.verificationStatus === "not_started" || run.verificationStatus === "skipped") return null;
  if (run.verificationStatus === "running" || !run.verification) {
    return (
      <Alert tone="info" title="Verifying the rollback…">
        Rewind checks health, error rate and latency over the verification window, then reports here.
      </Alert>
    );
  }
  const report = run.verification;
  const passed = report.checks.filter((check) => check.passed).length;
  return (
    <div className="flex flex-col gap-3">
      <Alert tone={report.passed ? "success" : "error"} title={report.passed ? "Verification passed: service is restored" : "The rollback did not restore service"} actions={actions}>
        <p>
          {passed} of {report.checks.length} checks passed ({Math.round(report.passRate * 100)}%) over {report.windowSeconds} s.
          {!report.passed && " Next: start the emergency-recovery plan, run another plan, or escalate to the contacts above."}
        </p>
      </Alert>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Verification checks</caption>
          <thead className="text-xs text-slate-600 uppercase dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 pr-3">Check</th>
              <th scope="col" className="py-1 pr-3">Expected</th>
              <th scope="col" className="py-1 pr-3">Actual</th>
              <th scope="col" className="py-1">Result</th>
            </tr>
          </thead>
          <tbody>
            {report.checks.map((check) => (
              <tr key={`${check.kind}-${check.name}`} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1 pr-3 break-all">{check.name}</td>
                <td className="py-1 pr-3">{check.expected}</td>
                <td className="py-1 pr-3">{check.actual}</td>
                <td className={`py-1 font-medium ${check.passed ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}>{check.passed ? "Pass" : "Fail"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
