import "server-only";
import type { Actor } from "../../auth/caller";
import { db } from "../../db/client";
import { toPostMortemDto } from "../../dto/post-mortem";
import { assertCan } from "../../permissions/assert-can";
import { incidentKeyOf, loadVisiblePostMortem } from "./post-mortem-access";

/** GET /incidents/{ref}/post-mortem: the document and its action items. */
export async function getPostMortem(actor: Actor, ref: string) {
  assertCan(actor, "incidents.read");
  const { incident, postMortem } = await loadVisiblePostMortem(db(), actor, ref);
  return toPostMortemDto(postMortem, incidentKeyOf(incident));
}
