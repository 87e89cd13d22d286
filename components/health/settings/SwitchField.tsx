import { useId, type ReactNode } from "react";

type SwitchFieldProps = { name: string; label: string; hint: ReactNode; defaultChecked: boolean; error?: string };

/** An on/off setting: a checkbox announced as a switch, its hint under it. */
export function SwitchField({ name, label, hint, defaultChecked, error }: SwitchFieldProps) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label className="flex items-center gap-3 text-sm">
        <span className="relative inline-flex shrink-0">
          <input
            type="checkbox"
            role="switch"
            name={name}
            defaultChecked={defaultChecked}
            aria-describedby={describedBy}
            className="peer h-6 w-11 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors checked:bg-indigo-600 dark:bg-slate-600 dark:checked:bg-indigo-500"
          />
          <span
            aria-hidden="true"
            className="pointer-events-none absolute top-0.5 left-0.5 size-5 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5"
          />
        </span>
        <span className="font-medium text-slate-900 dark:text-slate-100">{label}</span>
      </label>
      <p id={`${id}-hint`} className="mt-1 ml-14 text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="mt-1 ml-14 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
