"use client";

import Link from "next/link";
import { Panel } from "@/components/incidents/detail/Panel";
import { Badge } from "@/components/ui/Badge";
import { buttonClasses } from "@/components/ui/Button";
import { ApiError, errorMessage } from "@/lib/client/api-fetch";
import { useLivePostMortem, usePostMortemQuery } from "@/lib/client/queries/post-mortems";
import { ACTION_ITEM_STATUS_LABELS, isOpenActionItem } from "@/lib/domain/post-mortems/action-items";
import { POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";

const STATUS_TONES = { draft: "neutral", in_review: "warning", published: "success" } as const;

/** On the incident page: the post-mortem's review state and its open action items, with the way in. */
export function PostMortemPanel({ incidentRef, incidentId }: { incidentRef: string; incidentId: string }) {
  useLivePostMortem(incidentRef, incidentId);
  const query = usePostMortemQuery(incidentRef);
  const href = `/incidents/${encodeURIComponent(incidentRef)}/post-mortem`;

  if (query.isPending) return null;
  if (query.isError) {
    const notYet = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Panel id="post-mortem" title="Post-mortem">
        <p className="text-sm text-slate-700 dark:text-slate-300">{notYet ? "Rewind drafts the post-mortem from the timeline when the incident is resolved." : errorMessage(query.error)}</p>
      </Panel>
    );
  }

  const { postMortem } = query.data;
  const open = postMortem.actionItems.filter((item) => isOpenActionItem(item.status));
  return (
    <Panel
      id="post-mortem"
      title="Post-mortem"
      actions={
        <Link href={href} className={buttonClasses("secondary", "sm")}>
          Open the post-mortem
        </Link>
      }
    >
      <div className="flex flex-col gap-3 text-sm text-slate-700 dark:text-slate-300">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={STATUS_TONES[postMortem.status]}>{POST_MORTEM_STATUS_LABELS[postMortem.status]}</Badge>
          {postMortem.status === "published" ? "The incident can be closed." : "Closing the incident needs it published."}
        </p>
        {open.length === 0 ? (
          <p>{postMortem.actionItems.length === 0 ? "No action items yet." : "Every action item is done."}</p>
        ) : (
          <ul aria-label="Open action items" className="flex flex-col gap-1">
            {open.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900 dark:text-slate-100">{item.title}</span>
                <span>· {item.owner?.name ?? "no owner"}</span>
                <span>· {ACTION_ITEM_STATUS_LABELS[item.status]}</span>
                {item.dueAt && <span>· due {item.dueAt.slice(0, 10)}</span>}
                {item.overdue && <Badge tone="danger">Overdue</Badge>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Panel>
  );
}
