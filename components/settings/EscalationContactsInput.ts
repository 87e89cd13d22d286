import type { EscalationContactInput } from "@/lib/client/mutations/useCreateEscalationContactMutation";
import { AVAILABILITIES } from "@/lib/client/schemas/escalation-contacts";
import { ESCALATION_LEVELS } from "@/lib/domain/incidents/time-budget";

/** Reads EscalationContactsFields' inputs; the selects only offer valid values, the fallbacks keep the types honest. */
export function contactInputFrom(data: FormData): EscalationContactInput {
  const level = String(data.get("level"));
  const availability = String(data.get("availability"));
  return {
    level: ESCALATION_LEVELS.find((candidate) => candidate === level) ?? "team_lead",
    name: String(data.get("name") ?? "").trim(),
    contact: String(data.get("contact") ?? "").trim(),
    availability: AVAILABILITIES.find((candidate) => candidate === availability) ?? "always",
  };
}
