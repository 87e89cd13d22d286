"use client";

import { usePathname, useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useSlashFocus } from "@/lib/client/use-slash-focus";
import { MAX_SEARCH_QUERY_CHARS } from "@/lib/domain/schemas/search";

/** The header's search box: Enter opens the search page with the query; "/" focuses it from anywhere. */
export function HeaderSearch() {
  const pathname = usePathname();
  // The search page has its own, larger box (and its own "/" shortcut).
  if (pathname === "/search") return null;
  return <HeaderSearchForm />;
}

function HeaderSearchForm() {
  const router = useRouter();
  const [draft, setDraft] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = draft.trim();
    router.push(q === "" ? "/search" : `/search?${new URLSearchParams({ q })}`);
    setDraft("");
    input.current?.blur();
  };

  return (
    <form role="search" aria-label="Site" onSubmit={submit} className="order-last w-full sm:order-none sm:w-auto sm:max-w-xs sm:flex-1">
      <label htmlFor="header-search" className="sr-only">
        Search incidents and post-mortems
      </label>
      <div className="relative">
        <svg className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500 dark:text-slate-400" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          id="header-search"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={MAX_SEARCH_QUERY_CHARS}
          placeholder="Search"
          aria-keyshortcuts="/"
          className="w-full rounded-md border border-slate-300 bg-slate-50 py-1.5 pr-8 pl-8 text-sm text-slate-900 placeholder:text-slate-500 focus:bg-white dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 sm:block dark:border-slate-600 dark:text-slate-400">
          /
        </kbd>
      </div>
    </form>
  );
}
