"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { buttonClasses } from "@/components/ui/Button";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { formatDateTime } from "@/lib/client/format";
import { postMortemPath, useLivePostMortem, usePostMortemQuery } from "@/lib/client/queries/post-mortems";
import type { PostMortem } from "@/lib/client/schemas/post-mortems";
import { can, type Role } from "@/lib/domain/permissions";
import { canEditContent, POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";
import { ActionItemsPanel } from "./ActionItemsPanel";
import { MarkdownView } from "./MarkdownView";
import { PostMortemEditor, type Draft } from "./PostMortemEditor";
import { ReviewActions } from "./ReviewActions";

const STATUS_TONES = { draft: "neutral", in_review: "warning", published: "success" } as const;

/** `incidentRef` is the key from the address; viewers get the read-only view, responders edit drafts, commanders review. */
export function PostMortemPage({ incidentRef, role }: { incidentRef: string; role: Role }) {
  const query = usePostMortemQuery(incidentRef);
  if (query.isPending) return <LoadingState label="Loading post-mortem…" />;
  if (query.isLoadingError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <PostMortemNotFound incidentRef={incidentRef} message={query.error.message} />;
    return (
      <>
        <PageHeader title="Post-mortem" />
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <LoadedPostMortem incidentRef={incidentRef} role={role} postMortem={query.data.postMortem} />;
}

function LoadedPostMortem({ incidentRef, role, postMortem }: { incidentRef: string; role: Role; postMortem: PostMortem }) {
  const joinError = useLivePostMortem(incidentRef, postMortem.incidentId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const editable = can(role, "postmortems.edit") && canEditContent(postMortem.status);
  const incidentHref = `/incidents/${encodeURIComponent(incidentRef)}`;

  return (
    <>
      <PageHeader
        title={`${postMortem.incidentKey} post-mortem`}
        description={<StatusLine postMortem={postMortem} />}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={incidentHref} className={buttonClasses("ghost", "sm")}>
              Back to the incident
            </Link>
            <a href={`${postMortemPath(incidentRef)}/export?format=markdown`} download className={buttonClasses("secondary", "sm")}>
              Export Markdown
            </a>
            <Link href={`${incidentHref}/post-mortem/print`} className={buttonClasses("secondary", "sm")}>
              Print or save as PDF
            </Link>
          </div>
        }
      />
      <div className="flex flex-col gap-6">
        {joinError && (
          <Alert tone="warning" title="Live updates are off">
            <p>{joinError} Reload the page to see other people’s changes.</p>
          </Alert>
        )}
        <ReviewActions incidentRef={incidentRef} postMortem={postMortem} role={role} blocked={draft ? "Save or discard your changes first." : null} />
        {editable ? (
          <PostMortemEditor incidentRef={incidentRef} postMortem={postMortem} draft={draft} setDraft={setDraft} />
        ) : (
          <article aria-label="Post-mortem" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
            {can(role, "postmortems.edit") && postMortem.status !== "draft" && (
              <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">The text is locked while the post-mortem is {POST_MORTEM_STATUS_LABELS[postMortem.status].toLowerCase()}; a commander can move it back to draft.</p>
            )}
            <MarkdownView markdown={postMortem.content} />
          </article>
        )}
        <ActionItemsPanel incidentRef={incidentRef} items={postMortem.actionItems} canEdit={can(role, "postmortems.edit")} />
      </div>
    </>
  );
}

function StatusLine({ postMortem }: { postMortem: PostMortem }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={STATUS_TONES[postMortem.status]}>{POST_MORTEM_STATUS_LABELS[postMortem.status]}</Badge>
      {postMortem.status === "published" && postMortem.publishedAt && (
        <span>
          Published {formatDateTime(postMortem.publishedAt)}
          {postMortem.publishedBy ? ` by ${postMortem.publishedBy.name}` : ""}
        </span>
      )}
      {postMortem.status === "draft" && <span>Closing the incident needs this post-mortem reviewed and published.</span>}
    </span>
  );
}

function PostMortemNotFound({ incidentRef, message }: { incidentRef: string; message: string }) {
  return (
    <>
      <PageHeader title="No post-mortem" />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {message}. Go back to the{" "}
        <Link href={`/incidents/${encodeURIComponent(incidentRef)}`} className="font-medium text-indigo-800 underline dark:text-indigo-300">
          incident
        </Link>{" "}
        or the{" "}
        <Link href="/incidents" className="font-medium text-indigo-800 underline dark:text-indigo-300">
          list of incidents
        </Link>
        .
      </p>
    </>
  );
}
