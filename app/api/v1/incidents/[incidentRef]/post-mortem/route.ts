import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { updatePostMortemSchema } from "@/lib/domain/schemas/post-mortems";
import { apiRoute } from "@/lib/server/http/route";
import { getPostMortem } from "@/lib/server/services/post-mortems/get-post-mortem";
import { updatePostMortem } from "@/lib/server/services/post-mortems/update-post-mortem";

export const GET = apiRoute({ permission: "incidents.read", params: incidentRefParamsSchema }, async ({ caller, params }) => ({
  postMortem: await getPostMortem(caller, params.incidentRef),
}));

export const PATCH = apiRoute({ permission: "postmortems.edit", params: incidentRefParamsSchema, body: updatePostMortemSchema }, async ({ caller, params, body }) => ({
  postMortem: await updatePostMortem(caller, params.incidentRef, body),
}));
