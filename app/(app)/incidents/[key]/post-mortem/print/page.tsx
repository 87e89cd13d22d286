import type { Metadata } from "next";
import { PostMortemPrintView } from "@/components/post-mortems/PostMortemPrintView";
import { requirePageCaller } from "@/lib/server/auth/page-caller";

type PageProps = { params: Promise<{ key: string }> };

/** The tab title becomes the PDF's default file name. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { key } = await params;
  return { title: `${key.toUpperCase()} post-mortem` };
}

export default async function Page({ params }: PageProps) {
  const [, { key }] = await Promise.all([requirePageCaller(), params]);
  return <PostMortemPrintView incidentRef={key} />;
}
