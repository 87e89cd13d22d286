/**
 * The sandbox fleet: three small HomeVerse services that run as real local
 * processes (lib/sandbox/service) so the demo and the tests can break them
 * and roll them back. Each knows its releases; one release is known to be
 * bad, so "deploy a bad release" has a predictable, measurable effect.
 */

/** How a release behaves before any injected fault. */
export type BehaviourProfile = {
  /** Share of app requests answered with HTTP 500, in percent. */
  errorRatePercent: number;
  /** Latency of an app request, drawn uniformly between min and max. */
  latencyMs: { min: number; max: number };
};

export type SandboxRelease = {
  version: string;
  releasedAt: string;
  notes: string;
  profile: BehaviourProfile;
};

/** An app route the built-in traffic hits; weight is its share of that traffic. */
export type SandboxRoute = { method: "GET" | "POST"; path: string; weight: number };

export type SandboxServiceDefinition = {
  slug: string;
  name: string;
  team: string;
  description: string;
  routes: readonly SandboxRoute[];
  /** Oldest first. */
  releases: readonly SandboxRelease[];
  /** Deployed before `currentVersion`; it waits on the idle (green) slot at first. */
  previousVersion: string;
  /** Serves live traffic on the blue slot at first. */
  currentVersion: string;
  /** The next release, known to fail: the story of the demo. */
  badRelease: string;
};

const healthy = (min: number, max: number, errorRatePercent = 0.3): BehaviourProfile => ({ errorRatePercent, latencyMs: { min, max } });

/** The seeds' rollback triggers are "error rate > 5%" and "p95 worse than baseline by > 50%": a bad release breaks both. */
const broken = (base: BehaviourProfile): BehaviourProfile => ({
  errorRatePercent: 12,
  latencyMs: { min: base.latencyMs.min + 250, max: base.latencyMs.max + 250 },
});

const storefrontProfile = healthy(15, 80);
const checkoutProfile = healthy(10, 60, 0.5);
const paymentsProfile = healthy(20, 70, 0.2);

export const SANDBOX_FLEET: readonly SandboxServiceDefinition[] = [
  {
    slug: "storefront",
    name: "HomeVerse Storefront",
    team: "Web",
    description: "Listings, search and the home page that renters and buyers browse.",
    routes: [
      { method: "GET", path: "/", weight: 4 },
      { method: "GET", path: "/listings", weight: 4 },
      { method: "GET", path: "/search", weight: 2 },
    ],
    releases: [
      { version: "1.4.0", releasedAt: "2024-12-02T10:00:00Z", notes: "Saved searches", profile: storefrontProfile },
      { version: "1.4.1", releasedAt: "2024-12-12T10:00:00Z", notes: "Listing photo carousel fix", profile: storefrontProfile },
      { version: "1.4.2", releasedAt: "2024-12-20T10:00:00Z", notes: "Faster search facets", profile: storefrontProfile },
      { version: "1.5.0", releasedAt: "2024-12-28T10:00:00Z", notes: "Responsive UI rewrite behind no flag", profile: broken(storefrontProfile) },
    ],
    previousVersion: "1.4.1",
    currentVersion: "1.4.2",
    badRelease: "1.5.0",
  },
  {
    slug: "checkout-api",
    name: "HomeVerse Checkout API",
    team: "Commerce",
    description: "Carts, deposits and booking checkout for viewings and applications.",
    routes: [
      { method: "GET", path: "/api/cart", weight: 5 },
      { method: "POST", path: "/api/cart/items", weight: 3 },
      { method: "POST", path: "/api/checkout", weight: 2 },
    ],
    releases: [
      { version: "2.7.3", releasedAt: "2024-11-28T14:00:00Z", notes: "Deposit receipts", profile: checkoutProfile },
      { version: "2.8.0", releasedAt: "2024-12-10T14:00:00Z", notes: "Rate limiting on checkout", profile: checkoutProfile },
      { version: "2.8.1", releasedAt: "2024-12-19T14:00:00Z", notes: "Rate limit tuning", profile: checkoutProfile },
      { version: "2.9.0", releasedAt: "2024-12-28T14:00:00Z", notes: "New auth flow for checkout", profile: broken(checkoutProfile) },
    ],
    previousVersion: "2.8.0",
    currentVersion: "2.8.1",
    badRelease: "2.9.0",
  },
  {
    slug: "payments-worker",
    name: "HomeVerse Payments Worker",
    team: "Payments",
    description: "Charges deposits and issues refunds through the payment provider.",
    routes: [
      { method: "POST", path: "/api/payments", weight: 5 },
      { method: "GET", path: "/api/payments/status", weight: 4 },
      { method: "POST", path: "/api/refunds", weight: 1 },
    ],
    releases: [
      { version: "3.1.1", releasedAt: "2024-11-30T09:00:00Z", notes: "Refund retries", profile: paymentsProfile },
      { version: "3.1.2", releasedAt: "2024-12-11T09:00:00Z", notes: "PII encryption of card holder names", profile: paymentsProfile },
      { version: "3.1.3", releasedAt: "2024-12-21T09:00:00Z", notes: "Provider timeout tuning", profile: paymentsProfile },
      { version: "3.2.0", releasedAt: "2024-12-28T09:00:00Z", notes: "Provider SDK upgrade", profile: broken(paymentsProfile) },
    ],
    previousVersion: "3.1.2",
    currentVersion: "3.1.3",
    badRelease: "3.2.0",
  },
];

export function findSandboxService(slug: string): SandboxServiceDefinition | undefined {
  return SANDBOX_FLEET.find((service) => service.slug === slug);
}

export function findRelease(service: SandboxServiceDefinition, version: string): SandboxRelease | undefined {
  return service.releases.find((release) => release.version === version);
}
