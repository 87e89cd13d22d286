"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { Spinner } from "@/components/ui/Spinner";
import { useSearchQuery } from "@/lib/client/queries/useSearchQuery";
import { useSlashFocus } from "@/lib/client/use-slash-focus";
import { MAX_SEARCH_QUERY_CHARS } from "@/lib/domain/schemas/search";
import { IncidentHits, PostMortemHits } from "./SearchResultLists";

/** The query lives in the address (?q=), so a search can be shared, reloaded and reached with Back. */
export function SearchPage() {
  const router = useRouter();
  const q = useSearchParams().get("q") ?? "";
  const [draft, setDraft] = useState(q);
  // Back, Forward and links change the address under the box: show what is being searched.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setDraft(q);
  }
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  const query = useSearchQuery(q);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    router.push(next === "" ? "/search" : `/search?${new URLSearchParams({ q: next })}`);
  };

  return (
    <>
      <PageHeader title="Search" description="Incidents and post-mortems you can see, best match first." />
      <form role="search" aria-label="Incidents and post-mortems" onSubmit={submit} className="mb-6 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="search-page-query" className="sr-only">
          Search incidents and post-mortems
        </label>
        <input
          ref={input}
          id="search-page-query"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={MAX_SEARCH_QUERY_CHARS}
          placeholder={'payments timeout, "connection pool", INC-12…'}
          aria-describedby="search-page-tips"
          // The page exists to type into this box.
          autoFocus={q === ""}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <Button type="submit">Search</Button>
      </form>
      <p id="search-page-tips" className="-mt-4 mb-6 text-xs text-slate-600 dark:text-slate-400">
        Words from a title, summary or post-mortem, a service name, or an incident key such as INC-12. Put a phrase in quotes, and write{" "}
        <span className="whitespace-nowrap">-word</span> to leave out results with that word.
      </p>
      {q.trim() === "" ? (
        <EmptyState
          title="Search incidents and post-mortems"
          description="Type what you remember about an incident and press Enter. Press / anywhere to come back to the search box."
        />
      ) : query.isPending ? (
        <LoadingState label="Searching…" />
      ) : query.isLoadingError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.incidents.length === 0 && query.data.postMortems.length === 0 ? (
        <EmptyState
          title={`Nothing matches “${q.trim()}”`}
          description="Try fewer or other words, a service name, or an incident key. Private incidents only show to their participants and admins."
          action={
            <Link href="/incidents" className={buttonClasses("secondary")}>
              Browse all incidents
            </Link>
          }
        />
      ) : (
        <div className="flex flex-col gap-6" aria-busy={query.isFetching}>
          <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            {query.isFetching ? (
              <>
                <Spinner /> Searching…
              </>
            ) : (
              `${query.data.incidents.length} incidents and ${query.data.postMortems.length} post-mortems for “${query.data.query}”`
            )}
          </p>
          <IncidentHits hits={query.data.incidents} />
          <PostMortemHits hits={query.data.postMortems} />
        </div>
      )}
    </>
  );
}
