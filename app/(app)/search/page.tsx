import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchPage } from "@/components/search/SearchPage";
import { LoadingState } from "@/components/ui/LoadingState";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Search" };

export default async function Page() {
  await requirePageCaller();
  return (
    // The page reads ?q= on the client (useSearchParams), which needs a boundary.
    <Suspense fallback={<LoadingState label="Loading search…" />}>
      <SearchPage />
    </Suspense>
  );
}
