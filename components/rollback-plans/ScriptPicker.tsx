"use client";

import Link from "next/link";
import { SelectField } from "@/components/ui/Field";

export type ScriptChoice = { id: string; name: string };
/** The registered scripts, or why they are not known yet. */
export type ScriptChoices = readonly ScriptChoice[] | "loading" | "unavailable";

/** The script id in a command step's params, when they parse. */
function pickedScriptId(paramsText: string): string {
  try {
    const params: unknown = JSON.parse(paramsText);
    if (params && typeof params === "object" && "scriptId" in params && typeof params.scriptId === "string") return params.scriptId;
  } catch {
    // Half-typed JSON: nothing is picked until it parses again.
  }
  return "";
}

type ScriptPickerProps = { id: string; paramsText: string; scripts: ScriptChoices; onPick: (paramsText: string) => void };

/**
 * A command step runs a registered script, named by id only: picking one
 * writes `{ "scriptId": … }` into the step's params, so nobody copies ids.
 */
export function ScriptPicker({ id, paramsText, scripts, onPick }: ScriptPickerProps) {
  if (scripts === "loading") return <p className="text-sm text-slate-600 dark:text-slate-400">Loading the registered scripts…</p>;
  if (scripts === "unavailable") return <p className="text-sm text-slate-700 dark:text-slate-300">The registered scripts could not be loaded: write the script&apos;s id in the parameters below.</p>;
  if (scripts.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        No runbook scripts are registered yet.{" "}
        <Link href="/settings/scripts" className="font-medium text-indigo-800 underline dark:text-indigo-300">
          Register one in Settings → Runbook scripts
        </Link>
        , then pick it here.
      </p>
    );
  }
  const picked = pickedScriptId(paramsText);
  const known = scripts.some((script) => script.id === picked);
  const options = [
    { value: "", label: known ? "Pick a script" : "None picked yet" },
    ...scripts.map((script) => ({ value: script.id, label: script.name })),
  ];
  return (
    <SelectField
      id={id}
      label="Runbook script"
      hint="Fills in the script's id below."
      options={options}
      value={known ? picked : ""}
      onChange={(event) => {
        if (event.target.value) onPick(JSON.stringify({ scriptId: event.target.value }, null, 2));
      }}
    />
  );
}
