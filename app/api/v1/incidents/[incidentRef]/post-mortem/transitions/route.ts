import { incidentRefParamsSchema } from "@/lib/domain/schemas/incidents";
import { movePostMortemSchema } from "@/lib/domain/schemas/post-mortems";
import { apiRoute } from "@/lib/server/http/route";
import { movePostMortem } from "@/lib/server/services/post-mortems/move-post-mortem";

export const POST = apiRoute({ permission: "postmortems.review", params: incidentRefParamsSchema, body: movePostMortemSchema }, async ({ caller, params, body }) => ({
  postMortem: await movePostMortem(caller, params.incidentRef, body),
}));
