import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { logger } from "../observability/logger";
import { checkSignInAllowed } from "../services/check-sign-in-allowed";
import { errorResponse } from "./error-response";
import { clientIpOf, requestIdOf } from "./request-context";

/**
 * Returns a 429 for a credentials sign-in past the failure limit, or null to
 * let next-auth handle the request. The body also carries next-auth's `url`
 * with `error=RateLimited`, which is what `signIn()` in the browser reads.
 */
export async function guardCredentialsSignIn(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  const form = await request.clone().formData().catch(() => null);
  const email = form?.get("email");
  const requestId = requestIdOf(request);
  try {
    await checkSignInAllowed({ email: typeof email === "string" ? email : "", clientIp: clientIpOf(request) });
    return null;
  } catch (error) {
    const response = errorResponse(error, requestId, logger.child({ requestId }));
    if (!(error instanceof AppError) || error.code !== "rate_limited") return response;
    const body = (await response.json()) as Record<string, unknown>;
    const loginUrl = new URL("/login?error=RateLimited", process.env.NEXTAUTH_URL ?? request.url).toString();
    return Response.json({ ...body, url: loginUrl }, { status: 429, headers: response.headers });
  }
}
