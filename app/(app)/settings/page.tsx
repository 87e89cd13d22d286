import type { Metadata } from "next";
import { SettingsIndexPage } from "@/components/settings/SettingsIndexPage";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function Page() {
  const caller = await requirePageCaller();
  return <SettingsIndexPage user={{ id: caller.userId, name: caller.name, email: caller.email, role: caller.role }} />;
}
