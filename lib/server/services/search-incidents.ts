import "server-only";
import { incidentNumbersIn, snippetSegments, type SearchQuery } from "@/lib/domain/schemas/search";
import type { Actor } from "../auth/caller";
import { db } from "../db/client";
import { assertCan } from "../permissions/assert-can";
import { searchIncidentRows, searchPostMortemRows, type IncidentSearchRow, type PostMortemSearchRow, type SearchTerms } from "../queries/search";

function toIncidentHitDto(row: IncidentSearchRow) {
  return {
    id: row.id,
    key: `INC-${row.number}`,
    title: snippetSegments(row.markedTitle),
    snippet: snippetSegments(row.markedSnippet),
    status: row.status,
    severity: row.severity,
    private: row.private,
    services: row.serviceNames,
    declaredAt: row.declaredAt.toISOString(),
    rank: row.rank,
  };
}

function toPostMortemHitDto(row: PostMortemSearchRow) {
  return {
    id: row.id,
    title: snippetSegments(row.markedTitle),
    snippet: snippetSegments(row.markedSnippet, { markdown: true }),
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
    rank: row.rank,
    incident: { key: `INC-${row.number}`, title: row.incidentTitle, status: row.incidentStatus, severity: row.severity },
  };
}

/**
 * Full-text search over incidents and post-mortems, best match first in each
 * group. Private incidents, and their post-mortems, only reach their
 * participants and admins: the query filters them, so they are never loaded.
 */
export async function searchIncidents(actor: Actor, query: SearchQuery) {
  assertCan(actor, "incidents.read");
  const viewer = { role: actor.role, userId: actor.userId };
  const terms: SearchTerms = { text: query.q, incidentNumbers: incidentNumbersIn(query.q), limit: query.limit };
  const [incidents, postMortems] = await Promise.all([searchIncidentRows(db(), viewer, terms), searchPostMortemRows(db(), viewer, terms)]);
  return { query: query.q, incidents: incidents.map(toIncidentHitDto), postMortems: postMortems.map(toPostMortemHitDto) };
}

export type SearchResultsDto = Awaited<ReturnType<typeof searchIncidents>>;
