import type { ReactNode } from "react";

type CheckboxFieldProps = {
  id: string;
  label: string;
  hint: ReactNode;
  checked: boolean;
  disabled?: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
};

/** A checkbox with its label beside it and its hint (and error) under it, both read with it. */
export function CheckboxField({ id, label, hint, checked, disabled = false, error, onChange }: CheckboxFieldProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-0.5 size-4 shrink-0 rounded border-slate-400 accent-indigo-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600"
      />
      <div className="min-w-0">
        <label htmlFor={id} className={`text-sm font-medium ${disabled ? "text-slate-500 dark:text-slate-400" : "text-slate-900 dark:text-slate-100"}`}>
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
