"use client";

import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import type { DraftItem } from "./template-draft";

export type ItemFieldIds = { text: string; hint: string; up: string; down: string; remove: string };

type ChecklistItemFieldsProps = {
  item: DraftItem;
  /** 1-based, as people count. */
  position: number;
  count: number;
  ids: ItemFieldIds;
  textError?: string;
  hintError?: string;
  onChange: (patch: Partial<Omit<DraftItem, "id">>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

/** One item of a group: what to do, an optional hint, and buttons to move or remove it. */
export function ChecklistItemFields({ item, position, count, ids, textError, hintError, onChange, onMove, onRemove }: ChecklistItemFieldsProps) {
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <TextField
            id={ids.text}
            label={`Item ${position}`}
            required
            maxLength={300}
            autoComplete="off"
            value={item.text}
            onChange={(event) => onChange({ text: event.target.value })}
            error={textError}
          />
        </div>
        {/* The label's height, so the buttons line up with the input rather than with the label. */}
        <div className="flex flex-wrap gap-2 sm:pt-6">
          <Button id={ids.up} variant="secondary" size="sm" className="disabled:opacity-50" disabled={position === 1} onClick={() => onMove(-1)}>
            <span>
              Move<span className="sr-only"> item {position}</span> up
            </span>
          </Button>
          <Button id={ids.down} variant="secondary" size="sm" className="disabled:opacity-50" disabled={position === count} onClick={() => onMove(1)}>
            <span>
              Move<span className="sr-only"> item {position}</span> down
            </span>
          </Button>
          <Button id={ids.remove} variant="secondary" size="sm" onClick={onRemove}>
            <span>
              Remove<span className="sr-only"> item {position}</span>
            </span>
          </Button>
        </div>
      </div>
      <div className="mt-2">
        <TextField
          id={ids.hint}
          label={`Hint for item ${position}`}
          optional
          maxLength={500}
          autoComplete="off"
          value={item.hint}
          onChange={(event) => onChange({ hint: event.target.value })}
          error={hintError}
        />
      </div>
    </li>
  );
}
