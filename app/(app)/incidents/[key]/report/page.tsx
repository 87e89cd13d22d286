import type { Metadata } from "next";
import { IncidentReportView } from "@/components/incident-report/IncidentReportView";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ key: string }> };

/** The key alone: a private incident's title must not leak into a tab. It also names the saved PDF. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { key } = await params;
  return { title: `${key.toUpperCase()} incident report` };
}

export default async function Page({ params }: PageProps) {
  const [, { key }] = await Promise.all([requirePageCaller(), params]);
  return <IncidentReportView incidentRef={key} />;
}
