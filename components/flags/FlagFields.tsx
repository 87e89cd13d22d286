import { TextField } from "@/components/ui/Field";
import { SwitchField } from "@/components/health/settings/SwitchField";
import type { FeatureFlag } from "@/lib/client/flags";

/** The inputs of a flag, shared by the create form and a flag being edited (its key never changes). */
export function FlagFields({ flag, fieldError }: { flag?: FeatureFlag; fieldError: (field: string) => string | undefined }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {!flag && (
        <TextField
          name="key"
          label="Key"
          required
          maxLength={120}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          hint="What applications ask for, e.g. checkout.new-flow: lower-case letters, digits, '.', '_' or '-'."
          error={fieldError("key")}
        />
      )}
      <TextField name="description" label="Description" optional maxLength={500} defaultValue={flag?.description ?? ""} hint="What the flag switches, for the person on call." error={fieldError("description")} />
      <TextField
        name="onValue"
        label="Value when on"
        required
        spellCheck={false}
        className="font-mono"
        defaultValue={JSON.stringify(flag?.onValue ?? true)}
        hint='JSON: true, 42, "blue" or {"limit": 5}.'
        error={fieldError("onValue")}
      />
      <TextField
        name="offValue"
        label="Value when off"
        required
        spellCheck={false}
        className="font-mono"
        defaultValue={JSON.stringify(flag?.offValue ?? false)}
        hint="The safe value an emergency rollback serves; same type as the on value."
        error={fieldError("offValue")}
      />
      <TextField
        name="sets"
        label="Sets"
        optional
        autoComplete="off"
        spellCheck={false}
        defaultValue={flag?.sets.join(", ") ?? ""}
        hint="Comma-separated, e.g. checkout, payments. “Turn off set” turns every flag of a set off at once."
        error={fieldError("sets")}
      />
      <div className="flex flex-col gap-4">
        <SwitchField name="killSwitch" label="Kill switch" defaultChecked={flag?.killSwitch ?? false} hint="Commanders may turn a kill switch off during an incident; only admins turn it back on." error={fieldError("killSwitch")} />
        {!flag && (
          <SwitchField name="enabled" label="On from the start" defaultChecked={false} hint="Off until you switch it on in the list." error={fieldError("enabled")} />
        )}
      </div>
    </div>
  );
}
