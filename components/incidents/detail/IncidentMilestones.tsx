import { Fragment } from "react";
import { formatDateTime } from "@/lib/client/format";
import type { Incident } from "@/lib/client/schemas/incidents";
import { Panel } from "./Panel";

const PARTICIPANT_ROLE_LABELS = { commander: "Commander", responder: "Responder", observer: "Observer" } as const;

/** Who takes part, and the moments that the reports measure (time to decide, to mitigate, to resolve). */
export function IncidentMilestones({ incident }: { incident: Incident }) {
  const milestones = [
    ["Detected", incident.detectedAt],
    ["Declared", incident.declaredAt],
    ["Decided", incident.decidedAt],
    ["Mitigation started", incident.mitigationStartedAt],
    ["Mitigated", incident.mitigatedAt],
    ["Resolved", incident.resolvedAt],
    ["Closed", incident.closedAt],
  ] as const;
  return (
    <Panel id="people-and-milestones" title="People and milestones">
      <h3 className="text-sm font-semibold text-slate-900 dark:text-white">Participants</h3>
      {incident.participants.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Nobody yet.</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {incident.participants.map(({ user, role }) => (
            <li key={user.id} className="break-words text-slate-900 dark:text-slate-100">
              {user.name} <span className="text-slate-600 dark:text-slate-400">· {PARTICIPANT_ROLE_LABELS[role]}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-sm font-semibold text-slate-900 dark:text-white">Milestones</h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {milestones.map(([label, at]) => (
          <Fragment key={label}>
            <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-slate-900 dark:text-slate-100">{at ? <time dateTime={at}>{formatDateTime(at)}</time> : "Not yet"}</dd>
          </Fragment>
        ))}
      </dl>
    </Panel>
  );
}
