import { z } from "zod";
import { INCIDENT_STATUSES, SEVERITIES } from "@/lib/domain/incidents/lifecycle";
import { POST_MORTEM_STATUSES } from "@/lib/domain/post-mortems/review-state";

const segmentsSchema = z.array(z.object({ text: z.string(), highlight: z.boolean() }));

/** docs/api.md, GET /search. */
export const searchResponseSchema = z.object({
  query: z.string(),
  incidents: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      title: segmentsSchema,
      snippet: segmentsSchema,
      status: z.enum(INCIDENT_STATUSES),
      severity: z.enum(SEVERITIES),
      private: z.boolean(),
      services: z.array(z.string()),
      declaredAt: z.string(),
      rank: z.number(),
    }),
  ),
  postMortems: z.array(
    z.object({
      id: z.string(),
      title: segmentsSchema,
      snippet: segmentsSchema,
      status: z.enum(POST_MORTEM_STATUSES),
      updatedAt: z.string(),
      rank: z.number(),
      incident: z.object({ key: z.string(), title: z.string(), status: z.enum(INCIDENT_STATUSES), severity: z.enum(SEVERITIES) }),
    }),
  ),
});
export type SearchResults = z.infer<typeof searchResponseSchema>;
export type Segments = z.infer<typeof segmentsSchema>;
