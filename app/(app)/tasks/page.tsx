import type { Metadata } from "next";
import { MyTasksPage } from "@/components/tasks/MyTasksPage";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

export const metadata: Metadata = { title: "My tasks" };

export default async function Page() {
  await requirePageCaller();
  return <MyTasksPage />;
}
