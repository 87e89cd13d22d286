import { SelectField, TextField } from "@/components/ui/Field";
import { AVAILABILITY_OPTIONS } from "@/lib/client/incident-labels";
import type { EscalationContact } from "@/lib/client/schemas/escalation-contacts";
import { ESCALATION_PATH } from "@/lib/domain/incidents/time-budget";

export const CONTACT_FIELDS = ["level", "name", "contact", "availability"] as const;

const LEVEL_OPTIONS = ESCALATION_PATH.map((step) => ({
  value: step.level,
  label: `${step.label} (from ${step.fromMinute} min${step.criticalOnly ? ", critical only" : ""})`,
}));

/** The four inputs of a contact, shared by the add form and a row being edited. */
export function EscalationContactsFields({ contact, fieldError }: { contact?: EscalationContact; fieldError: (field: string) => string | undefined }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SelectField name="level" label="Level" options={LEVEL_OPTIONS} defaultValue={contact?.level ?? "team_lead"} error={fieldError("level")} />
      <TextField name="name" label="Name" required maxLength={120} autoComplete="off" defaultValue={contact?.name} error={fieldError("name")} />
      <TextField
        name="contact"
        label="Contact"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={contact?.contact}
        hint="Phone, email or pager handle: how to reach them now."
        error={fieldError("contact")}
      />
      <SelectField
        name="availability"
        label="Availability"
        options={AVAILABILITY_OPTIONS}
        defaultValue={contact?.availability ?? "always"}
        hint="24/7 means always reachable."
        error={fieldError("availability")}
      />
    </div>
  );
}
