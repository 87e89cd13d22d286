import { useId, type ReactNode, type TextareaHTMLAttributes } from "react";

/*
 * The multi-line sibling of components/ui/Field's TextField, with the same
 * label, hint and error wiring (kept here until components/ui gains one).
 */
const CONTROL_CLASSES =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm disabled:cursor-not-allowed disabled:opacity-70 dark:bg-slate-950 dark:text-slate-100";
const BORDER_OK = "border-slate-400 dark:border-slate-600";
const BORDER_ERROR = "border-red-700 dark:border-red-400";

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  id?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
};

export function TextAreaField({ id, label, hint, error, optional, className = "", ...textarea }: TextAreaFieldProps) {
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
        {optional && <span className="font-normal text-slate-600 dark:text-slate-400"> (optional)</span>}
      </label>
      <textarea
        id={fieldId}
        className={`mt-1 ${CONTROL_CLASSES} ${error ? BORDER_ERROR : BORDER_OK} ${className}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {hint && (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${fieldId}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
