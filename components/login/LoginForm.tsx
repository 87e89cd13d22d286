"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";

type LoginFormProps = {
  callbackUrl: string;
  oidc: { name: string } | null;
  /** next-auth sends people back here with ?error= when an OpenID Connect sign-in fails. */
  failedRedirect: boolean;
};

type Pending = "credentials" | "oidc" | null;

export function LoginForm({ callbackUrl, oidc, failedRedirect }: LoginFormProps) {
  const router = useRouter();
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(failedRedirect ? "Sign-in failed. Try again, or ask an admin to check your account." : null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending("credentials");
    setError(null);
    let res: Awaited<ReturnType<typeof signIn>>;
    try {
      res = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
    } catch {
      setPending(null);
      setError("Could not reach Rewind. Check your connection and try again.");
      return;
    }
    if (res?.ok && !res.error) {
      // Stay pending: the page is about to change.
      router.replace(callbackUrl);
      return;
    }
    setPending(null);
    // One message for unknown accounts and wrong passwords, so the form does not reveal who has an account.
    setError(res?.status === 429 ? "Too many failed sign-ins. Wait a few minutes and try again." : "Email or password is incorrect.");
  }

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <svg className="mx-auto size-10 text-indigo-600 dark:text-indigo-400" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true">
            <path d="M3 12a9 9 0 1 0 3-6.7L3 8m0-5v5h5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">Sign in to Rewind</h1>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Guided rollbacks for incident response.</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <form onSubmit={onSubmit} className="flex flex-col gap-4">
            {error && <Alert tone="error">{error}</Alert>}
            <TextField id="email" name="email" type="email" label="Email" autoComplete="username" required />
            <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
            <Button type="submit" className="w-full" pending={pending === "credentials"} pendingLabel="Signing in…" disabled={pending !== null}>
              Sign in
            </Button>
          </form>
          {oidc && (
            <>
              <div className="my-5 flex items-center gap-3 text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
                <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
                or
                <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
              </div>
              <Button
                variant="secondary"
                className="w-full"
                pending={pending === "oidc"}
                pendingLabel={`Redirecting to ${oidc.name}…`}
                disabled={pending !== null}
                onClick={() => {
                  setPending("oidc");
                  setError(null);
                  void signIn("oidc", { callbackUrl });
                }}
              >
                Sign in with {oidc.name}
              </Button>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
