"use client";

import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { errorKey, type DraftErrors } from "./draft-errors";
import { ChecklistItemFields } from "./ChecklistItemFields";
import type { DraftGroup, DraftItem } from "./template-draft";

export type GroupEditing = {
  setTitle: (title: string) => void;
  setDueWithinHours: (hours: string) => void;
  move: (offset: -1 | 1) => void;
  remove: () => void;
  addItem: () => void;
  changeItem: (itemId: string, patch: Partial<Omit<DraftItem, "id">>) => void;
  moveItem: (itemId: string, offset: -1 | 1) => void;
  removeItem: (itemId: string) => void;
};

type ChecklistGroupFieldsetProps = {
  group: DraftGroup;
  /** 1-based, as people count. */
  position: number;
  count: number;
  errors: DraftErrors;
  /** The id of the element standing for `key` (an error key, or "<id>.up", "<id>.down", "<id>.remove"). */
  elementId: (key: string) => string;
  editing: GroupEditing;
};

/** One group of the checklist: its title, its items in order, and buttons to move or remove it. */
export function ChecklistGroupFieldset({ group, position, count, errors, elementId, editing }: ChecklistGroupFieldsetProps) {
  const itemsError = errors.byKey[errorKey.groupItems(group.id)];
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-300 p-3 sm:p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Group {position}</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <TextField
            id={elementId(errorKey.groupTitle(group.id))}
            label="Title"
            required
            maxLength={120}
            autoComplete="off"
            value={group.title}
            onChange={(event) => editing.setTitle(event.target.value)}
            error={errors.byKey[errorKey.groupTitle(group.id)]}
          />
        </div>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-900 dark:text-slate-100">
          <span>
            Items<span className="sr-only"> of group {position}</span> due
          </span>
          <select
            value={group.dueWithinHours}
            onChange={(event) => editing.setDueWithinHours(event.target.value)}
            className="rounded-md border border-slate-400 bg-white px-2 py-2 text-sm font-normal text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
          >
            {dueChoices(group.dueWithinHours).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap gap-2 sm:pt-6">
          <Button id={elementId(`${group.id}.up`)} variant="secondary" size="sm" className="disabled:opacity-50" disabled={position === 1} onClick={() => editing.move(-1)}>
            <span>
              Move<span className="sr-only"> group {position}</span> up
            </span>
          </Button>
          <Button id={elementId(`${group.id}.down`)} variant="secondary" size="sm" className="disabled:opacity-50" disabled={position === count} onClick={() => editing.move(1)}>
            <span>
              Move<span className="sr-only"> group {position}</span> down
            </span>
          </Button>
          <Button id={elementId(`${group.id}.remove`)} variant="secondary" size="sm" onClick={editing.remove}>
            <span>
              Remove group<span className="sr-only"> {position}</span>
            </span>
          </Button>
        </div>
      </div>
      <ol className="mt-3 flex flex-col gap-3" aria-label={`Items of group ${position}`}>
        {group.items.map((item, index) => (
          <ChecklistItemFields
            key={item.id}
            item={item}
            position={index + 1}
            count={group.items.length}
            ids={{
              text: elementId(errorKey.itemText(item.id)),
              hint: elementId(errorKey.itemHint(item.id)),
              up: elementId(`${item.id}.up`),
              down: elementId(`${item.id}.down`),
              remove: elementId(`${item.id}.remove`),
            }}
            textError={errors.byKey[errorKey.itemText(item.id)]}
            hintError={errors.byKey[errorKey.itemHint(item.id)]}
            onChange={(patch) => editing.changeItem(item.id, patch)}
            onMove={(offset) => editing.moveItem(item.id, offset)}
            onRemove={() => editing.removeItem(item.id)}
          />
        ))}
      </ol>
      {itemsError && (
        <p id={`${elementId(errorKey.groupItems(group.id))}-error`} className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
          {itemsError}
        </p>
      )}
      <div className="mt-3">
        <Button
          id={elementId(errorKey.groupItems(group.id))}
          variant="secondary"
          size="sm"
          onClick={editing.addItem}
          aria-describedby={itemsError ? `${elementId(errorKey.groupItems(group.id))}-error` : undefined}
        >
          <span>
            Add an item<span className="sr-only"> to group {position}</span>
          </span>
        </Button>
      </div>
    </fieldset>
  );
}

const DUE_CHOICES: [string, string][] = [
  ["", "No due time"],
  ["1", "Within 1 hour of restore"],
  ["4", "Within 4 hours of restore"],
  ["24", "Within 24 hours of restore"],
  ["72", "Within 3 days of restore"],
  ["168", "Within 1 week of restore"],
];

/** The seed's offsets, plus the group's own when a published version used another. */
function dueChoices(current: string): [string, string][] {
  if (DUE_CHOICES.some(([value]) => value === current)) return DUE_CHOICES;
  return [...DUE_CHOICES, [current, `Within ${current} hours of restore`]];
}
