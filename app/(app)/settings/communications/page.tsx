import type { Metadata } from "next";
import { AdminRequired } from "@/components/settings/AdminRequired";
import { CommunicationChannelsPage } from "@/components/settings/communication-channels/CommunicationChannelsPage";
import { can } from "@/lib/domain/permissions";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "Communications" };

/** Channels are an admin's (integrations.manage, as the API requires). */
export default async function Page() {
  const caller = await requirePageCaller();
  if (!can(caller.role, "integrations.manage")) return <AdminRequired title="Communications" task="manage communication channels" />;
  return <CommunicationChannelsPage />;
}
