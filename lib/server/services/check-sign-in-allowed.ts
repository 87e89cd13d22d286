import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { config } from "../config";
import { db } from "../db/client";
import { countRecentFailures, oldestRecentFailure } from "../queries/login-failures";

export type SignInAttempt = { email: string; clientIp: string };

export function failureKeys(attempt: SignInAttempt): string[] {
  return [`email:${attempt.email.trim().toLowerCase()}`, `ip:${attempt.clientIp}`];
}

/**
 * Refuses a sign-in once the account or the client address has failed too
 * often within the window. Counted in Postgres, so the limit holds across
 * every instance. The refusal is the same whether the account exists or not.
 */
export async function checkSignInAllowed(attempt: SignInAttempt): Promise<void> {
  const { REWIND_LOGIN_MAX_FAILURES: maxFailures, REWIND_LOGIN_WINDOW_MINUTES: windowMinutes } = config();
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const counts = await countRecentFailures(db(), failureKeys(attempt), since);
  const blocked = counts.find((row) => row._count._all >= maxFailures);
  if (!blocked) return;
  const oldest = await oldestRecentFailure(db(), blocked.key, since);
  const retryAt = (oldest?.createdAt.getTime() ?? Date.now()) + windowMinutes * 60_000;
  throw new AppError("rate_limited", "Too many failed sign-in attempts; try again later", {
    extra: { retryAfterSeconds: Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)) },
  });
}
