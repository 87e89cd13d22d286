import { ifNoneMatchMatches } from "@/lib/domain/flags/ofrep";
import { ofrepJson, ofrepNotModified, ofrepRoute } from "@/lib/server/http/ofrep-route";
import { evaluateFlags } from "@/lib/server/services/flags/evaluate-flags";

/** OFREP bulk evaluation: every flag, with an ETag; a matching If-None-Match gets 304. */
export const POST = ofrepRoute({}, async ({ request, caller }) => {
  const { flags, etag } = await evaluateFlags(caller);
  if (ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) return ofrepNotModified(etag);
  return ofrepJson(200, { flags }, { etag });
});
