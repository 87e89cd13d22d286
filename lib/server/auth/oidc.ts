import "server-only";
import type { Provider } from "next-auth/providers/index";
import { config, oidcEnabled } from "../config";

export const OIDC_PROVIDER_ID = "oidc";

/** For the sign-in page: the button label, or null when OIDC is off. */
export function getOidcDisplayName(): string | null {
  const settings = config();
  return oidcEnabled(settings) ? settings.OIDC_DISPLAY_NAME : null;
}

/** A generic OpenID Connect provider, on when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcProviders(): Provider[] {
  const settings = config();
  if (!oidcEnabled(settings)) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: settings.OIDC_DISPLAY_NAME,
      type: "oauth",
      wellKnown: `${settings.OIDC_ISSUER?.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: settings.OIDC_CLIENT_ID,
      clientSecret: settings.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.preferred_username ?? profile.email ?? profile.sub };
      },
    },
  ];
}
