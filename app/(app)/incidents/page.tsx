import type { Metadata } from "next";
import { IncidentsPage } from "@/components/incidents/IncidentsPage";

export const metadata: Metadata = { title: "Incidents" };

export default function Page() {
  return <IncidentsPage />;
}
