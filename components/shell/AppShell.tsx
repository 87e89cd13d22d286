"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { RoleBadge } from "@/components/ui/Badge";
import type { Role } from "@/lib/domain/permissions";
import { HeaderSearch } from "./HeaderSearch";
import { LiveIndicator } from "./LiveIndicator";
import { LiveNotifications } from "./LiveNotifications";
import { MainNav } from "./MainNav";
import { SignOutButton } from "./SignOutButton";
import { ThemeToggle } from "./ThemeToggle";

export type ShellUser = { id: string | null; name: string; email: string | null; role: Role };

const NAV_ID = "shell-nav";
const ACCOUNT_ID = "shell-account";

/**
 * Sidebar navigation on wider screens; on phones a top bar whose menu button
 * reveals the navigation and the account controls.
 */
export function AppShell({ user, children }: { user: ShellUser; children: ReactNode }) {
  const pathname = usePathname();
  // Remembering where the menu was opened closes it on navigation without an effect.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;
  const closeMenu = () => setMenuOpenAt(null);

  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setMenuOpenAt(null);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [menuOpen]);

  return (
    <div className="min-h-dvh sm:grid sm:grid-cols-[14rem_1fr] sm:grid-rows-[auto_1fr]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 dark:bg-slate-900 dark:text-indigo-200"
      >
        Skip to main content
      </a>
      <header className="border-b border-slate-200 bg-white sm:col-span-2 dark:border-slate-800 dark:bg-slate-900">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/incidents" className="flex items-center gap-2 rounded-md text-lg font-semibold text-slate-900 dark:text-white">
            <svg className="size-6 text-indigo-600 dark:text-indigo-400" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
              <path d="M3 12a9 9 0 1 0 3-6.7L3 8m0-5v5h5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            Rewind
          </Link>
          <LiveIndicator />
          <HeaderSearch />
          <button
            type="button"
            className="ml-auto inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:hidden dark:text-slate-100 dark:hover:bg-slate-800"
            aria-expanded={menuOpen}
            aria-controls={`${NAV_ID} ${ACCOUNT_ID}`}
            onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
          >
            <svg className="size-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
              <path d={menuOpen ? "M6 6l12 12M18 6 6 18" : "M4 7h16M4 12h16M4 17h16"} strokeLinecap="round" />
            </svg>
            Menu
          </button>
          <div
            id={ACCOUNT_ID}
            className={`${menuOpen ? "flex" : "hidden"} w-full flex-wrap items-center gap-3 border-t border-slate-200 pt-3 sm:ml-auto sm:flex sm:w-auto sm:border-0 sm:pt-0 dark:border-slate-800`}
          >
            <div className="flex min-w-0 items-center gap-2">
              <span className="truncate text-sm font-medium text-slate-900 dark:text-slate-100" title={user.email ?? undefined}>
                {user.name}
              </span>
              <RoleBadge role={user.role} />
            </div>
            <ThemeToggle />
            <SignOutButton />
          </div>
        </div>
      </header>
      <MainNav id={NAV_ID} open={menuOpen} onNavigate={closeMenu} />
      <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none px-4 py-6 sm:px-8 sm:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
      {user.id && <LiveNotifications userId={user.id} />}
    </div>
  );
}
