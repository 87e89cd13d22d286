import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login/LoginForm";
import { getOidcDisplayName } from "@/lib/server/auth/oidc";
import { getPageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getPageCaller()) redirect(callbackUrl);
  const oidcName = getOidcDisplayName();
  return <LoginForm callbackUrl={callbackUrl} oidc={oidcName ? { name: oidcName } : null} failedRedirect={typeof params.error === "string"} />;
}

/** Only same-site paths, so the sign-in page cannot be used to send people elsewhere. */
function safeCallbackUrl(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.startsWith("/login")) {
    return "/incidents";
  }
  return value;
}
