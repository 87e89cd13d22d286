"use client";

import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";

export type LinkRow = { key: number; label: string; url: string };

type LinksEditorProps = {
  links: readonly LinkRow[];
  onChange: (links: LinkRow[]) => void;
  /** A problem with the list as a whole. */
  error?: string;
  /** Problems of one field, by the server's path ("links.0.url"). */
  fieldError: (field: string) => string | undefined;
};

/** Dashboards, runbooks, repositories: label and URL pairs, added and removed one at a time. */
export function LinksEditor({ links, onChange, error, fieldError }: LinksEditorProps) {
  const update = (key: number, patch: Partial<LinkRow>) => onChange(links.map((link) => (link.key === key ? { ...link, ...patch } : link)));
  const add = () => onChange([...links, { key: Math.max(0, ...links.map((link) => link.key)) + 1, label: "", url: "" }]);

  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">
        Links <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
      </legend>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Dashboards, runbooks, the repository: what a responder opens first.</p>
      {links.length > 0 && (
        <ul className="mt-2 flex flex-col gap-3">
          {links.map((link, index) => (
            <li key={link.key} className="grid items-end gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_2fr_auto] dark:border-slate-800">
              <TextField
                label={`Link ${index + 1} label`}
                required
                maxLength={80}
                value={link.label}
                onChange={(event) => update(link.key, { label: event.target.value })}
                error={fieldError(`links.${index}.label`)}
              />
              <TextField
                label={`Link ${index + 1} URL`}
                type="url"
                required
                placeholder="https://"
                value={link.url}
                onChange={(event) => update(link.key, { url: event.target.value })}
                error={fieldError(`links.${index}.url`)}
              />
              <Button variant="secondary" size="sm" onClick={() => onChange(links.filter((other) => other.key !== link.key))}>
                Remove<span className="sr-only"> link {index + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">{error}</p>}
      <div className="mt-2">
        <Button variant="secondary" size="sm" onClick={add}>
          Add a link
        </Button>
      </div>
    </fieldset>
  );
}
