import type { Metadata } from "next";
import { DecisionTreePage } from "@/components/settings/DecisionTreePage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Decision tree" };

/** Everyone reads the tree; publishing a version is an admin's (runbooks.manage, as the API requires). */
export default async function Page() {
  const caller = await requirePageCaller();
  return <DecisionTreePage canPublish={can(caller.role, "runbooks.manage")} />;
}
