import "server-only";
import type { IncidentStatus, Severity } from "@/lib/domain/incidents/lifecycle";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/domain/schemas/search";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { PostMortemStatus } from "../db/generated/enums";
import type { IncidentViewer } from "./incidents";
import { visibleIncidentSql } from "./visible-incident-sql";

/**
 * The searched documents. They must stay exactly the expressions of the GIN
 * indexes "Incident_search_idx" and "PostMortem_search_idx" (migration
 * 20261122120000_after_the_rollback): any other spelling and Postgres reads
 * every row instead of the index.
 */
const INCIDENT_DOCUMENT = Prisma.sql`to_tsvector('english', coalesce(i."title", '') || ' ' || coalesce(i."summary", ''))`;
const POST_MORTEM_DOCUMENT = Prisma.sql`to_tsvector('english', coalesce(pm."title", '') || ' ' || coalesce(pm."content", ''))`;

/** The names and slugs of an incident's services as one document, so "checkout" finds the checkout service's incidents. */
const SERVICE_DOCUMENT = Prisma.sql`(
  SELECT to_tsvector('english', coalesce(string_agg(s."name" || ' ' || s."slug", ' '), ''))
  FROM "IncidentService" x JOIN "Service" s ON s."id" = x."serviceId" WHERE x."incidentId" = i."id")`;

const TITLE_HEADLINE_OPTIONS = `HighlightAll=true, StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;
const SNIPPET_HEADLINE_OPTIONS = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;

export type SearchTerms = {
  /** What the person typed, in web-search syntax; only ever a bound parameter. */
  text: string;
  /** Incident numbers named as INC-<n> in the text: exact matches, listed first. */
  incidentNumbers: readonly number[];
  limit: number;
};

function tsQuery(terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${terms.text})`;
}

function referenced(terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`i."number" = ANY(${[...terms.incidentNumbers]}::int[])`;
}

/**
 * Incidents the viewer may see that match the text (title and summary, through
 * the index), are named by key, or belong to a service the text names. Named
 * incidents first, then by rank: title words weigh more than summary words,
 * which weigh more than service names.
 */
export function incidentSearchSql(viewer: IncidentViewer, terms: SearchTerms): Prisma.Sql {
  const query = tsQuery(terms);
  return Prisma.sql`
    WITH candidates AS (
      SELECT i."id" FROM "Incident" i WHERE ${INCIDENT_DOCUMENT} @@ ${query}
      UNION
      SELECT i."id" FROM "Incident" i WHERE ${referenced(terms)}
      UNION
      SELECT i."id"
      FROM "Service" s JOIN "IncidentService" x ON x."serviceId" = s."id" JOIN "Incident" i ON i."id" = x."incidentId"
      WHERE tsvector_to_array(to_tsvector('english', s."name" || ' ' || s."slug")) && tsvector_to_array(to_tsvector('english', ${terms.text}))
        AND (${INCIDENT_DOCUMENT} || ${SERVICE_DOCUMENT}) @@ ${query}
    ),
    ranked AS (
      SELECT i."id", i."number", i."title", i."summary", i."status"::text AS status, i."severity"::text AS severity, i."private", i."declaredAt",
             ${referenced(terms)} AS referenced,
             ts_rank(setweight(to_tsvector('english', i."title"), 'A') || setweight(to_tsvector('english', coalesce(i."summary", '')), 'B')
                     || setweight(${SERVICE_DOCUMENT}, 'C'), ${query}) AS rank
      FROM candidates c JOIN "Incident" i ON i."id" = c."id"
      WHERE ${visibleIncidentSql(viewer, Prisma.sql`i`)}
      ORDER BY referenced DESC, rank DESC, i."declaredAt" DESC, i."number" DESC
      LIMIT ${terms.limit}
    )
    SELECT r."id", r."number", r."status", r."severity", r."private", r."declaredAt", r."rank",
           ts_headline('english', r."title", ${query}, ${TITLE_HEADLINE_OPTIONS}) AS "markedTitle",
           ts_headline('english', coalesce(r."summary", ''), ${query}, ${SNIPPET_HEADLINE_OPTIONS}) AS "markedSnippet",
           ARRAY(SELECT s."name" FROM "IncidentService" x JOIN "Service" s ON s."id" = x."serviceId" WHERE x."incidentId" = r."id" ORDER BY s."name") AS "serviceNames"
    FROM ranked r
    ORDER BY r.referenced DESC, r."rank" DESC, r."declaredAt" DESC, r."number" DESC`;
}

export type IncidentSearchRow = {
  id: string;
  number: number;
  status: IncidentStatus;
  severity: Severity;
  private: boolean;
  declaredAt: Date;
  rank: number;
  markedTitle: string;
  markedSnippet: string;
  serviceNames: string[];
};

export function searchIncidentRows(db: Db, viewer: IncidentViewer, terms: SearchTerms): Promise<IncidentSearchRow[]> {
  return db.$queryRaw<IncidentSearchRow[]>(incidentSearchSql(viewer, terms));
}

/** Post-mortems of incidents the viewer may see that match the text (through the index) or whose incident is named by key. */
export function postMortemSearchSql(viewer: IncidentViewer, terms: SearchTerms): Prisma.Sql {
  const query = tsQuery(terms);
  return Prisma.sql`
    WITH candidates AS (
      SELECT pm."id" FROM "PostMortem" pm WHERE ${POST_MORTEM_DOCUMENT} @@ ${query}
      UNION
      SELECT pm."id" FROM "PostMortem" pm JOIN "Incident" i ON i."id" = pm."incidentId" WHERE ${referenced(terms)}
    ),
    ranked AS (
      SELECT pm."id", pm."title", pm."content", pm."status"::text AS status, pm."updatedAt",
             i."number", i."title" AS "incidentTitle", i."status"::text AS "incidentStatus", i."severity"::text AS severity,
             ${referenced(terms)} AS referenced,
             ts_rank(setweight(to_tsvector('english', pm."title"), 'A') || setweight(to_tsvector('english', pm."content"), 'B'), ${query}) AS rank
      FROM candidates c JOIN "PostMortem" pm ON pm."id" = c."id" JOIN "Incident" i ON i."id" = pm."incidentId"
      WHERE ${visibleIncidentSql(viewer, Prisma.sql`i`)}
      ORDER BY referenced DESC, rank DESC, pm."updatedAt" DESC
      LIMIT ${terms.limit}
    )
    SELECT r."id", r."status", r."updatedAt", r."number", r."incidentTitle", r."incidentStatus", r."severity", r."rank",
           ts_headline('english', r."title", ${query}, ${TITLE_HEADLINE_OPTIONS}) AS "markedTitle",
           ts_headline('english', r."content", ${query}, ${SNIPPET_HEADLINE_OPTIONS}) AS "markedSnippet"
    FROM ranked r
    ORDER BY r.referenced DESC, r."rank" DESC, r."updatedAt" DESC`;
}

export type PostMortemSearchRow = {
  id: string;
  status: PostMortemStatus;
  updatedAt: Date;
  number: number;
  incidentTitle: string;
  incidentStatus: IncidentStatus;
  severity: Severity;
  rank: number;
  markedTitle: string;
  markedSnippet: string;
};

export function searchPostMortemRows(db: Db, viewer: IncidentViewer, terms: SearchTerms): Promise<PostMortemSearchRow[]> {
  return db.$queryRaw<PostMortemSearchRow[]>(postMortemSearchSql(viewer, terms));
}
