import "server-only";
import { verifyPassword } from "../auth/password";
import { config } from "../config";
import { db } from "../db/client";
import { logger } from "../observability/logger";
import { deleteFailures, deleteFailuresBefore, insertFailures } from "../queries/login-failures";
import { findUserForSignIn } from "../queries/users";
import { checkSignInAllowed, failureKeys, type SignInAttempt } from "./check-sign-in-allowed";

/**
 * The Credentials provider's check. Returns the user, or null for every kind
 * of failure (unknown account, wrong password, disabled account) so that the
 * answer never tells whether an account exists.
 */
export async function authenticateWithPassword(attempt: SignInAttempt & { password: string }) {
  await checkSignInAllowed(attempt);
  const email = attempt.email.trim().toLowerCase();
  const user = await findUserForSignIn(db(), email);
  const passwordMatches = await verifyPassword(attempt.password, user?.passwordHash ?? null);
  const [emailKey, ipKey] = failureKeys(attempt) as [string, string];

  if (!user || !passwordMatches || user.disabledAt) {
    await insertFailures(db(), [emailKey, ipKey]);
    await deleteFailuresBefore(db(), new Date(Date.now() - 2 * config().REWIND_LOGIN_WINDOW_MINUTES * 60_000));
    logger.warn({ event: "sign_in_failed", clientIp: attempt.clientIp }, "sign-in failed");
    return null;
  }
  await deleteFailures(db(), emailKey);
  logger.info({ event: "signed_in", userId: user.id, clientIp: attempt.clientIp }, "signed in");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
