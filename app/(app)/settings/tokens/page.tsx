import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { TokensPage } from "@/components/settings/TokensPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "API tokens" };

export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "tokens.manage")) return <AdminRequired title="API tokens" task="manage API tokens" />;
  return <TokensPage />;
}
