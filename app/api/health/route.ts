import { checkHealth } from "@/lib/server/services/check-health";

export const dynamic = "force-dynamic";

/** Public on purpose: load balancers and uptime checks call it without credentials. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
