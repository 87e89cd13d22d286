import Link from "next/link";
import type { ReactNode } from "react";
import { PrivateBadge, SeverityBadge, StatusBadge } from "@/components/incidents/IncidentBadges";
import { Badge } from "@/components/ui/Badge";
import { formatDateTime } from "@/lib/client/format";
import type { SearchResults } from "@/lib/client/schemas/search";
import { POST_MORTEM_STATUS_LABELS } from "@/lib/domain/post-mortems/review-state";
import { HighlightedText } from "./HighlightedText";

const POST_MORTEM_TONES = { draft: "neutral", in_review: "warning", published: "success" } as const;

const LINK_CLASSES = "font-medium break-words text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300";

export function IncidentHits({ hits }: { hits: SearchResults["incidents"] }) {
  return (
    <ResultGroup title="Incidents" count={hits.length} none="No incident matches.">
      {hits.map((hit) => (
        <ResultRow
          key={hit.id}
          heading={
            <Link href={`/incidents/${hit.key}`} className={LINK_CLASSES}>
              {hit.key}: <HighlightedText segments={hit.title} />
            </Link>
          }
          badges={
            <>
              <SeverityBadge severity={hit.severity} />
              <StatusBadge status={hit.status} />
              {hit.private && <PrivateBadge />}
            </>
          }
          snippet={hit.snippet.length > 0 ? <HighlightedText segments={hit.snippet} /> : null}
          meta={`${hit.services.length > 0 ? `${hit.services.join(", ")} · ` : ""}declared ${formatDateTime(hit.declaredAt)}`}
        />
      ))}
    </ResultGroup>
  );
}

export function PostMortemHits({ hits }: { hits: SearchResults["postMortems"] }) {
  return (
    <ResultGroup title="Post-mortems" count={hits.length} none="No post-mortem matches.">
      {hits.map((hit) => (
        <ResultRow
          key={hit.id}
          heading={
            <Link href={`/incidents/${hit.incident.key}/post-mortem`} className={LINK_CLASSES}>
              <HighlightedText segments={hit.title} />
            </Link>
          }
          badges={
            <>
              <Badge tone={POST_MORTEM_TONES[hit.status]}>
                <span className="sr-only">Post-mortem: </span>
                {POST_MORTEM_STATUS_LABELS[hit.status]}
              </Badge>
              <SeverityBadge severity={hit.incident.severity} />
              <StatusBadge status={hit.incident.status} />
            </>
          }
          snippet={hit.snippet.length > 0 ? <HighlightedText segments={hit.snippet} /> : null}
          meta={`${hit.incident.key}: ${hit.incident.title} · updated ${formatDateTime(hit.updatedAt)}`}
        />
      ))}
    </ResultGroup>
  );
}

function ResultGroup({ title, count, none, children }: { title: string; count: number; none: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="mb-2 text-base font-semibold text-slate-900 dark:text-white">
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({count})</span>
      </h2>
      {count === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{none}</p> : <ul className="divide-y divide-slate-200 dark:divide-slate-800">{children}</ul>}
    </section>
  );
}

function ResultRow({ heading, badges, snippet, meta }: { heading: ReactNode; badges: ReactNode; snippet: ReactNode; meta: string }) {
  return (
    <li className="flex flex-col gap-1.5 py-3 text-sm">
      <h3 className="text-sm">{heading}</h3>
      <div className="flex flex-wrap items-center gap-1.5">{badges}</div>
      {snippet && <p className="break-words text-slate-700 dark:text-slate-300">{snippet}</p>}
      <p className="text-xs break-words text-slate-600 dark:text-slate-400">{meta}</p>
    </li>
  );
}
