import type { ReactNode, TextareaHTMLAttributes } from "react";

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** JSON and other code: monospace, no spelling marks. */
  code?: boolean;
};

/** A multi-line input with its label, hint and error, laid out and described like the inputs of components/ui/Field. */
export function TextAreaField({ id, label, hint, error, optional, code = false, className = "", ...textarea }: TextAreaFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
        {optional && <span className="font-normal text-slate-600 dark:text-slate-400"> (optional)</span>}
      </label>
      <textarea
        id={id}
        spellCheck={code ? false : undefined}
        autoCapitalize={code ? "off" : undefined}
        autoComplete="off"
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-slate-900 ${code ? "font-mono text-xs leading-5" : "text-sm"} shadow-sm disabled:cursor-not-allowed disabled:opacity-70 dark:bg-slate-950 dark:text-slate-100 ${
          error ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
        } ${className}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {hint && (
        <div id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium break-words text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
