"use client";

import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/Button";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { usePostMortemQuery } from "@/lib/client/queries/post-mortems";
import type { PostMortem } from "@/lib/client/schemas/post-mortems";
import { ACTION_ITEM_STATUS_LABELS } from "@/lib/domain/post-mortems/action-items";
import { POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";
import { MarkdownView } from "./MarkdownView";

const PRINT_ROOT_ID = "post-mortem-print";

/**
 * Only the document is printed: the app's navigation is hidden, colours are
 * black on white whatever the theme. The browser's "Save as PDF" makes the
 * PDF, so the PDF holds exactly what MarkdownView rendered (scripts stay text).
 */
const PRINT_STYLESHEET = `
@media print {
  @page { margin: 16mm; }
  body * { visibility: hidden; }
  #${PRINT_ROOT_ID}, #${PRINT_ROOT_ID} * { visibility: visible; }
  #${PRINT_ROOT_ID} { position: absolute; inset: 0 auto auto 0; width: 100%; color: #000; background: #fff; }
  #${PRINT_ROOT_ID} table, #${PRINT_ROOT_ID} pre, #${PRINT_ROOT_ID} li { break-inside: avoid; }
  #${PRINT_ROOT_ID} h2, #${PRINT_ROOT_ID} h3 { break-after: avoid; }
}`;

export function PostMortemPrintView({ incidentRef }: { incidentRef: string }) {
  const query = usePostMortemQuery(incidentRef);
  if (query.isPending) return <LoadingState label="Loading post-mortem…" />;
  if (query.isLoadingError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {query.error.message}.{" "}
          <Link href={`/incidents/${encodeURIComponent(incidentRef)}`} className="font-medium text-indigo-800 underline dark:text-indigo-300">
            Back to the incident
          </Link>
        </p>
      );
    }
    return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <PrintableDocument incidentRef={incidentRef} postMortem={query.data.postMortem} />;
}

function PrintableDocument({ incidentRef, postMortem }: { incidentRef: string; postMortem: PostMortem }) {
  return (
    <>
      <style>{PRINT_STYLESHEET}</style>
      <div className="mb-6 flex flex-wrap items-center gap-2 print:hidden">
        <Button onClick={() => window.print()}>Download PDF</Button>
        <Link href={`/incidents/${encodeURIComponent(incidentRef)}/post-mortem`} className={buttonClasses("ghost", "md")}>
          Back to the post-mortem
        </Link>
        <p className="w-full text-sm text-slate-600 dark:text-slate-400">Choose “Save as PDF” as the printer to download it.</p>
      </div>
      <article id={PRINT_ROOT_ID} aria-label="Printable post-mortem" className="mx-auto max-w-3xl rounded-lg bg-white p-6 text-slate-900 shadow-sm dark:bg-slate-900 dark:text-slate-100 print:max-w-none print:p-0 print:shadow-none">
        <p className="text-xs text-slate-600 dark:text-slate-400 print:text-black">
          {postMortem.incidentKey} post-mortem · {POST_MORTEM_STATUS_LABELS[postMortem.status]}
          {postMortem.publishedAt ? ` ${postMortem.publishedAt.slice(0, 10)}` : ""}
          {postMortem.publishedBy ? ` by ${postMortem.publishedBy.name}` : ""}
        </p>
        <MarkdownView markdown={postMortem.content} />
        <h2 className="mt-6 mb-2 border-b border-slate-200 pb-1 text-lg font-semibold dark:border-slate-700">Action items (tracked in Rewind)</h2>
        {postMortem.actionItems.length === 0 ? (
          <p className="text-sm">No action items yet.</p>
        ) : (
          <table className="min-w-full border-collapse text-left text-sm">
            <thead>
              <tr>
                {["Action", "Owner", "Due date", "Status"].map((heading) => (
                  <th key={heading} scope="col" className="border border-slate-300 px-2 py-1 font-semibold dark:border-slate-700">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {postMortem.actionItems.map((item) => (
                <tr key={item.id}>
                  <td className="border border-slate-300 px-2 py-1 dark:border-slate-700">{item.title}</td>
                  <td className="border border-slate-300 px-2 py-1 dark:border-slate-700">{item.owner?.name ?? "unassigned"}</td>
                  <td className="border border-slate-300 px-2 py-1 dark:border-slate-700">{item.dueAt?.slice(0, 10) ?? "none"}</td>
                  <td className="border border-slate-300 px-2 py-1 dark:border-slate-700">{ACTION_ITEM_STATUS_LABELS[item.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </>
  );
}
