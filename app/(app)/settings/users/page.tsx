import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { UsersPage } from "@/components/settings/UsersPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Users" };

export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "users.manage")) return <AdminRequired title="Users" task="manage users" />;
  return <UsersPage />;
}
