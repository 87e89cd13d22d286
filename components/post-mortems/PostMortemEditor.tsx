"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { ApiError } from "@/lib/client/api-fetch";
import { useSavePostMortemMutation } from "@/lib/client/mutations/post-mortems";
import type { PostMortem } from "@/lib/client/schemas/post-mortems";
import { MarkdownView } from "./MarkdownView";

/** Unsaved text and the version of the post-mortem it was started from; the page holds it, so review moves wait for a save. */
export type Draft = { text: string; baseVersion: number };

/**
 * The Markdown editor with its live preview. While nobody types, the text
 * follows the server (pushes from other authors land at once). Once someone
 * types, their draft is theirs until saved; if another author saved in the
 * meantime, the save is refused (409) and both texts are shown, to keep one or
 * to carry the other's changes over by hand.
 */
export function PostMortemEditor({ incidentRef, postMortem, draft, setDraft }: { incidentRef: string; postMortem: PostMortem; draft: Draft | null; setDraft: (draft: Draft | null) => void }) {
  const mutation = useSavePostMortemMutation(incidentRef);
  const editorId = useId();
  const text = draft?.text ?? postMortem.content;
  const theirsIsNewer = draft !== null && draft.baseVersion !== postMortem.version;
  const conflictError = mutation.error instanceof ApiError && mutation.error.status === 409 ? mutation.error : null;

  const save = () => {
    if (!draft) return;
    mutation.mutate({ version: draft.baseVersion, content: draft.text }, { onSuccess: () => setDraft(null) });
  };

  return (
    <div className="flex flex-col gap-4">
      {theirsIsNewer && (
        <Alert
          tone="warning"
          title={conflictError?.message ?? "Someone else saved a newer version while you were editing"}
          actions={
            <>
              <Button size="sm" variant="secondary" onClick={() => setDraft(null)}>
                Discard mine, load theirs
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setDraft({ text: draft.text, baseVersion: postMortem.version })}>
                Keep mine over theirs
              </Button>
            </>
          }
        >
          <p>Copy what you need from their version below into yours, then keep yours and save; or load theirs.</p>
          <details className="mt-2">
            <summary className="cursor-pointer font-medium">Their version (version {postMortem.version})</summary>
            <pre className="mt-2 max-h-64 overflow-auto rounded border border-amber-300 bg-white p-2 text-xs whitespace-pre-wrap text-slate-900 dark:border-amber-800 dark:bg-slate-950 dark:text-slate-100">
              {postMortem.content}
            </pre>
          </details>
        </Alert>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-2">
          <label htmlFor={editorId} className="text-sm font-medium text-slate-900 dark:text-slate-100">
            Post-mortem (Markdown)
          </label>
          <textarea
            id={editorId}
            value={text}
            onChange={(event) => setDraft({ text: event.target.value, baseVersion: draft?.baseVersion ?? postMortem.version })}
            spellCheck
            className="min-h-[32rem] w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm text-slate-900 shadow-sm dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={save} disabled={!draft || theirsIsNewer || mutation.isPending} pending={mutation.isPending} pendingLabel="Saving…">
              Save
            </Button>
            {draft ? (
              <>
                <Button variant="ghost" onClick={() => setDraft(null)} disabled={mutation.isPending}>
                  Discard changes
                </Button>
                <span className="text-sm text-amber-800 dark:text-amber-300">Unsaved changes</span>
              </>
            ) : (
              <span className="text-sm text-slate-600 dark:text-slate-400">All changes saved (version {postMortem.version})</span>
            )}
          </div>
          {mutation.isError && !conflictError && <ErrorAlert error={mutation.error} />}
        </div>
        <section aria-labelledby={`${editorId}-preview`} className="min-w-0 rounded-md border border-slate-200 p-4 dark:border-slate-800">
          <h2 id={`${editorId}-preview`} className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            Preview
          </h2>
          <MarkdownView markdown={text} />
        </section>
      </div>
    </div>
  );
}
