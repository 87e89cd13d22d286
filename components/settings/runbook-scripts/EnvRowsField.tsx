"use client";

import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { scriptErrorKey, type EnvDraft, type ScriptErrors } from "./script-draft";

const SOURCE_OPTIONS = [
  { value: "literal", label: "Text" },
  { value: "secret", label: "Secret" },
];

type EnvRowsFieldProps = {
  rows: readonly EnvDraft[];
  /** The names of the stored secrets; null while they load. */
  secretNames: readonly string[] | null;
  errors: ScriptErrors;
  elementId: (key: string) => string;
  onChange: (rowId: string, patch: Partial<Omit<EnvDraft, "id">>) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
};

/** The script's environment: each variable is plain text, or a secret revealed only when the script runs. */
export function EnvRowsField({ rows, secretNames, errors, elementId, onChange, onRemove, onAdd }: EnvRowsFieldProps) {
  const secretOptions = [{ value: "", label: secretNames === null ? "Loading the secrets…" : "Pick a secret" }, ...(secretNames ?? []).map((name) => ({ value: name, label: name }))];
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-300 p-3 sm:p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Environment</legend>
      <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">
        The script gets only these variables (and Rewind&apos;s incident variables). Put tokens and URLs with passwords in{" "}
        <Link href="/settings/secrets" className="font-medium text-indigo-800 underline dark:text-indigo-300">
          Secrets
        </Link>{" "}
        and pick them here.
      </p>
      {rows.length === 0 && <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">No variables.</p>}
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => (
          <li key={row.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_8rem_1.5fr_auto] sm:items-start dark:border-slate-700">
            <TextField
              id={elementId(scriptErrorKey.envName(row.id))}
              label={`Variable ${index + 1} name`}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              placeholder="CACHE_URL"
              value={row.name}
              onChange={(event) => onChange(row.id, { name: event.target.value.toUpperCase() })}
              error={errors.byKey[scriptErrorKey.envName(row.id)]}
            />
            <SelectField
              label={`Variable ${index + 1} source`}
              options={SOURCE_OPTIONS}
              value={row.source}
              onChange={(event) => onChange(row.id, { source: event.target.value as EnvDraft["source"] })}
            />
            {row.source === "literal" ? (
              <TextField
                id={elementId(scriptErrorKey.envValue(row.id))}
                label={`Variable ${index + 1} value`}
                autoComplete="off"
                spellCheck={false}
                maxLength={4000}
                value={row.literal}
                onChange={(event) => onChange(row.id, { literal: event.target.value })}
                error={errors.byKey[scriptErrorKey.envValue(row.id)]}
              />
            ) : (
              <SelectField
                id={elementId(scriptErrorKey.envValue(row.id))}
                label={`Variable ${index + 1} secret`}
                options={secretOptions}
                value={row.secret}
                onChange={(event) => onChange(row.id, { secret: event.target.value })}
                hint={secretNames?.length === 0 ? "No secrets are stored yet: add one in Secrets first." : undefined}
                error={errors.byKey[scriptErrorKey.envValue(row.id)]}
              />
            )}
            <div className="sm:pt-6">
              <Button variant="secondary" size="sm" onClick={() => onRemove(index)}>
                <span>
                  Remove<span className="sr-only"> variable {index + 1}</span>
                </span>
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {errors.byKey[scriptErrorKey.env] && <p className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">{errors.byKey[scriptErrorKey.env]}</p>}
      <div className="mt-3">
        <Button id={elementId(scriptErrorKey.env)} variant="secondary" size="sm" onClick={onAdd}>
          Add a variable
        </Button>
      </div>
    </fieldset>
  );
}
