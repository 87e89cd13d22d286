import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/AppShell";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const caller = await requirePageCaller();
  return <AppShell user={{ id: caller.userId, name: caller.name, email: caller.email, role: caller.role }}>{children}</AppShell>;
}
