import type { FeatureFlag, FlagChange, FlagInput } from "@/lib/client/flags";
import type { FlagValue } from "@/lib/domain/flags/feature-flag";

export const FLAG_FIELDS = ["key", "description", "enabled", "onValue", "offValue", "killSwitch", "sets"] as const;

export type FlagFormResult = { ok: true; input: FlagInput } | { ok: false; errors: Record<string, string> };

/**
 * Reads the flag form. Values are typed as JSON (`true`, `"blue"`, `42`,
 * `{"limit": 5}`); text that is not JSON is caught here, before a request,
 * and everything else is left to the server's checks.
 */
export function flagInputFrom(data: FormData, options: { creating: boolean }): FlagFormResult {
  const errors: Record<string, string> = {};
  const value = (field: "onValue" | "offValue"): FlagValue => {
    const text = String(data.get(field) ?? "").trim();
    try {
      return JSON.parse(text) as FlagValue;
    } catch {
      errors[field] = 'is not JSON: write true, false, a number, "text" in double quotes, or {…}';
      return false;
    }
  };
  const description = String(data.get("description") ?? "").trim();
  const input: FlagInput = {
    key: String(data.get("key") ?? "").trim(),
    description: description === "" ? null : description,
    onValue: value("onValue"),
    offValue: value("offValue"),
    killSwitch: data.get("killSwitch") === "on",
    sets: String(data.get("sets") ?? "")
      .split(/[\s,]+/)
      .filter(Boolean),
    ...(options.creating ? { enabled: data.get("enabled") === "on" } : {}),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

/** Only what the editor changed, so the audit log shows exactly that. */
export function changedFields(flag: FeatureFlag, input: FlagInput): FlagChange {
  const fields = ["description", "onValue", "offValue", "killSwitch", "sets"] as const;
  return Object.fromEntries(fields.filter((field) => JSON.stringify(input[field]) !== JSON.stringify(flag[field])).map((field) => [field, input[field]]));
}

/** How a value reads in the list: JSON, shortened. */
export function valuePreview(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
