"use client";

import { useId, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";

type SecretValueInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
};

/**
 * A secret's value: typed into a password input, or read from a file.
 * Kubeconfigs and certificates span lines, which a single-line input would
 * drop, so a file's text is kept as it is and only its size is shown.
 */
export function SecretValueInput({ id, label, value, onChange, error, required = false }: SecretValueInputProps) {
  const fileInputId = useId();
  const [fileName, setFileName] = useState<string | null>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    onChange(await file.text());
    setFileName(file.name);
  }

  if (fileName !== null) {
    return (
      <div>
        <p className="text-sm font-medium text-slate-900 dark:text-slate-100">{label}</p>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          <span id={id} tabIndex={-1} className="break-all">
            From <strong className="font-semibold">{fileName}</strong> ({value.length.toLocaleString()} characters)
          </span>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setFileName(null);
              onChange("");
            }}
          >
            Type a value instead
          </Button>
        </div>
        {error && <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">{error}</p>}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <TextField
        id={id}
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required={required}
        maxLength={64000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        hint="Stored encrypted. Nobody, you included, can read it back: to change it, replace it."
        error={error}
      />
      <div className="text-sm">
        <label htmlFor={fileInputId} className="font-medium text-slate-900 dark:text-slate-100">
          Or load it from a file
        </label>{" "}
        <span className="text-slate-600 dark:text-slate-400">(a kubeconfig, a certificate)</span>
        <input
          id={fileInputId}
          type="file"
          onChange={(event) => void readFile(event)}
          className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2.5 file:py-1.5 file:text-sm file:font-medium file:text-slate-900 dark:text-slate-300 dark:file:border-slate-600 dark:file:bg-slate-800 dark:file:text-slate-100"
        />
      </div>
    </div>
  );
}
