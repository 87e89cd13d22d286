import type { Metadata } from "next";
import { ReportsPage } from "@/components/reports/ReportsPage";

export const metadata: Metadata = { title: "Reports" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The filters live in the URL; the API validates them (a bad one shows its 400 reason). */
export default async function Page({ searchParams }: PageProps) {
  const params = await searchParams;
  const pick = (name: string) => (typeof params[name] === "string" && params[name] ? params[name] : undefined);
  return <ReportsPage initialFilters={{ from: pick("from"), to: pick("to"), service: pick("service"), severity: pick("severity") }} />;
}
