import type { Metadata } from "next";
import { PostMortemPage } from "@/components/post-mortems/PostMortemPage";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ key: string }> };

/** The key alone, as on the incident page: a private incident's title must not leak into a tab. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { key } = await params;
  return { title: `${key.toUpperCase()} post-mortem` };
}

export default async function Page({ params }: PageProps) {
  const [caller, { key }] = await Promise.all([requirePageCaller(), params]);
  return <PostMortemPage incidentRef={key} role={caller.role} />;
}
