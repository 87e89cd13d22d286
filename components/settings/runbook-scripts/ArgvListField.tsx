"use client";

import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { scriptErrorKey, type ArgDraft, type ScriptErrors } from "./script-draft";

type ArgvListFieldProps = {
  argv: readonly ArgDraft[];
  errors: ScriptErrors;
  elementId: (key: string) => string;
  onChange: (argId: string, value: string) => void;
  onMove: (index: number, offset: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
};

/** The command as separate arguments, the executable first: each is passed as it is, with no shell in between. */
export function ArgvListField({ argv, errors, elementId, onChange, onMove, onRemove, onAdd }: ArgvListFieldProps) {
  const listError = errors.byKey[scriptErrorKey.argv];
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-300 p-3 sm:p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Command</legend>
      <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">
        One argument per box, the executable first (an absolute path, or a name found on the PATH). No shell runs it: quotes, pipes and <code className="font-mono">$VARS</code> are
        passed as they are typed.
      </p>
      <ol className="flex flex-col gap-3">
        {argv.map((arg, index) => (
          <li key={arg.id} className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <div className="min-w-0 flex-1">
              <TextField
                id={elementId(scriptErrorKey.arg(arg.id))}
                label={index === 0 ? "Argument 1 (executable)" : `Argument ${index + 1}`}
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
                maxLength={4000}
                placeholder={index === 0 ? "/opt/runbooks/flush-cache.sh" : undefined}
                value={arg.value}
                onChange={(event) => onChange(arg.id, event.target.value)}
                error={errors.byKey[scriptErrorKey.arg(arg.id)]}
              />
            </div>
            <div className="flex flex-wrap gap-2 sm:pt-6">
              <Button id={elementId(`${arg.id}.up`)} variant="secondary" size="sm" className="disabled:opacity-50" disabled={index === 0} onClick={() => onMove(index, -1)}>
                <span>
                  Move<span className="sr-only"> argument {index + 1}</span> up
                </span>
              </Button>
              <Button
                id={elementId(`${arg.id}.down`)}
                variant="secondary"
                size="sm"
                className="disabled:opacity-50"
                disabled={index === argv.length - 1}
                onClick={() => onMove(index, 1)}
              >
                <span>
                  Move<span className="sr-only"> argument {index + 1}</span> down
                </span>
              </Button>
              <Button variant="secondary" size="sm" className="disabled:opacity-50" disabled={argv.length === 1} onClick={() => onRemove(index)}>
                <span>
                  Remove<span className="sr-only"> argument {index + 1}</span>
                </span>
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {listError && (
        <p id={`${elementId(scriptErrorKey.argv)}-error`} className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
          {listError}
        </p>
      )}
      <div className="mt-3">
        <Button id={elementId(scriptErrorKey.argv)} variant="secondary" size="sm" onClick={onAdd} aria-describedby={listError ? `${elementId(scriptErrorKey.argv)}-error` : undefined}>
          Add an argument
        </Button>
      </div>
    </fieldset>
  );
}
