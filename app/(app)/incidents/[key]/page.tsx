import type { Metadata } from "next";
import { IncidentPage } from "@/components/incidents/IncidentPage";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ key: string }> };

/** The key alone: the title would need a fetch, and a private incident's title must not leak into a tab. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { key } = await params;
  return { title: key.toUpperCase() };
}

export default async function Page({ params }: PageProps) {
  const [caller, { key }] = await Promise.all([requirePageCaller(), params]);
  // The client fetches the incident itself, so pushes and refetches share one cache.
  return <IncidentPage incidentRef={key} role={caller.role} />;
}
