import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { guardCredentialsSignIn } from "@/lib/server/http/guard-credentials-sign-in";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: NextAuthContext): Promise<Response> {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET };

/** Sign-in attempts past the failure limit get 429 before next-auth sees them. */
export async function POST(request: Request, context: NextAuthContext): Promise<Response> {
  return (await guardCredentialsSignIn(request)) ?? handler(request, context);
}
