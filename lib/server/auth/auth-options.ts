import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/domain/app-error";
import { authenticateWithPassword } from "../services/authenticate-with-password";
import { signInWithOidc } from "../services/sign-in-with-oidc";
import { OIDC_PROVIDER_ID, oidcProviders } from "./oidc";

const SESSION_HOURS = 12;

/**
 * next-auth keeps only the user id (token.sub) in the session JWT; the role
 * and the disabled flag are read from the database on every request
 * (resolve-caller.ts), so changes apply without waiting for the cookie to expire.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const clientIp = headerValue(request.headers, "x-rewind-client-ip") ?? "unknown";
          try {
            return await authenticateWithPassword({ email: credentials.email, password: credentials.password, clientIp });
          } catch (error) {
            if (error instanceof AppError && error.code === "rate_limited") return null;
            throw error;
          }
        },
      }),
      ...oidcProviders(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return (await signInWithOidc({ email: user.email, name: user.name })) !== null;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          const rewindUser = await signInWithOidc({ email: user.email, name: user.name });
          if (rewindUser) token.sub = rewindUser.id;
        } else if (user) {
          token.sub = user.id;
        }
        return token;
      },
    },
  };
}

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}
