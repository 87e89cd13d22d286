import "server-only";
import { serviceLinkSchema, type ServiceLink } from "@/lib/domain/schemas/services";
import type { ServiceRow } from "../queries/services";

const storedLinksSchema = serviceLinkSchema.array();

/** The JSON shape of a service (docs/api.md). */
export function toServiceDto(row: ServiceRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    team: row.team,
    environment: row.environment,
    description: row.description,
    links: readLinks(row.links),
    createdAt: row.createdAt.toISOString(),
  };
}

export type ServiceDto = ReturnType<typeof toServiceDto>;

// `links` is a JSON column: a row edited by hand must not break every page that lists services.
function readLinks(value: unknown): ServiceLink[] {
  const parsed = storedLinksSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
