import { ofrepJson, ofrepRoute } from "@/lib/server/http/ofrep-route";
import { evaluateFlag } from "@/lib/server/services/flags/evaluate-flag";

/** OFREP single evaluation, as OpenFeature server providers call it on every flag read. */
export const POST = ofrepRoute({ keyParam: "key" }, async ({ caller, params }) => {
  const key = params.key ?? "";
  const evaluation = await evaluateFlag(caller, key);
  if (!evaluation) return ofrepJson(404, { key, errorCode: "FLAG_NOT_FOUND", errorDetails: `Rewind has no feature flag ${key}` });
  return ofrepJson(200, evaluation);
});
