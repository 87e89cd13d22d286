"use client";

import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { errorKey, withoutError, type DraftErrors } from "./draft-errors";
import type { GroupEditing } from "./ChecklistGroupFieldset";
import { emptyGroup, emptyItem, moveEntry, updateGroup, updateItem, type Draft } from "./template-draft";

type DraftEditingOptions = {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  setErrors: Dispatch<SetStateAction<DraftErrors>>;
  elementId: (key: string) => string;
};

/**
 * The editor's buttons and inputs as operations on the draft. Each button
 * that moves, adds or removes a row also says where keyboard focus goes
 * next (the moved button, the new input, the neighbour of a removed row),
 * because the element that had it may be gone or disabled, and tells screen
 * readers what happened.
 */
export function useDraftEditing({ draft, setDraft, setErrors, elementId }: DraftEditingOptions) {
  const [announcement, setAnnouncement] = useState("");
  const pendingFocus = useRef<string | null>(null);

  // After every render: the rows a focus request names exist by now.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const focusNext = (key: string) => {
    pendingFocus.current = elementId(key);
  };

  /** After a move, the same button again, unless the row reached the end where that button is disabled. */
  const focusAfterMove = (id: string, to: number, count: number, offset: -1 | 1) => {
    const direction = to === 0 ? "down" : to === count - 1 ? "up" : offset === -1 ? "up" : "down";
    focusNext(`${id}.${direction}`);
  };

  const change = (key: string, update: (draft: Draft) => Draft) => {
    setDraft(update);
    setErrors((errors) => withoutError(errors, key));
  };

  const setName = (name: string) => change(errorKey.name, (current) => ({ ...current, name }));

  const addGroup = () => {
    const group = emptyGroup();
    setDraft((current) => ({ ...current, groups: [...current.groups, group] }));
    setErrors((errors) => withoutError(errors, errorKey.groups));
    focusNext(errorKey.groupTitle(group.id));
    setAnnouncement(`Group ${draft.groups.length + 1} added`);
  };

  function editingOf(groupIndex: number): GroupEditing {
    const group = draft.groups[groupIndex];
    if (!group) throw new Error(`No group at ${groupIndex}`);
    const groupCount = draft.groups.length;
    const itemIndex = (itemId: string) => group.items.findIndex((item) => item.id === itemId);

    return {
      setTitle: (title) => change(errorKey.groupTitle(group.id), (current) => updateGroup(current, group.id, (entry) => ({ ...entry, title }))),
      setDueWithinHours: (dueWithinHours) => setDraft((current) => updateGroup(current, group.id, (entry) => ({ ...entry, dueWithinHours }))),
      move: (offset) => {
        setDraft((current) => ({ ...current, groups: moveEntry(current.groups, groupIndex, offset) }));
        focusAfterMove(group.id, groupIndex + offset, groupCount, offset);
        setAnnouncement(`Group moved to position ${groupIndex + offset + 1} of ${groupCount}`);
      },
      remove: () => {
        setDraft((current) => ({ ...current, groups: current.groups.filter((entry) => entry.id !== group.id) }));
        const neighbour = draft.groups[groupIndex + 1] ?? draft.groups[groupIndex - 1];
        focusNext(neighbour ? errorKey.groupTitle(neighbour.id) : errorKey.groups);
        setAnnouncement(`Group ${groupIndex + 1}${group.title.trim() ? `, ${group.title.trim()},` : ""} removed`);
      },
      addItem: () => {
        const item = emptyItem();
        setDraft((current) => updateGroup(current, group.id, (entry) => ({ ...entry, items: [...entry.items, item] })));
        setErrors((errors) => withoutError(errors, errorKey.groupItems(group.id)));
        focusNext(errorKey.itemText(item.id));
        setAnnouncement(`Item ${group.items.length + 1} added to group ${groupIndex + 1}`);
      },
      changeItem: (itemId, patch) => change(patch.hint === undefined ? errorKey.itemText(itemId) : errorKey.itemHint(itemId), (current) => updateItem(current, group.id, itemId, patch)),
      moveItem: (itemId, offset) => {
        const from = itemIndex(itemId);
        setDraft((current) => updateGroup(current, group.id, (entry) => ({ ...entry, items: moveEntry(entry.items, from, offset) })));
        focusAfterMove(itemId, from + offset, group.items.length, offset);
        setAnnouncement(`Item moved to position ${from + offset + 1} of ${group.items.length}`);
      },
      removeItem: (itemId) => {
        const from = itemIndex(itemId);
        setDraft((current) => updateGroup(current, group.id, (entry) => ({ ...entry, items: entry.items.filter((item) => item.id !== itemId) })));
        const neighbour = group.items[from + 1] ?? group.items[from - 1];
        focusNext(neighbour ? errorKey.itemText(neighbour.id) : errorKey.groupItems(group.id));
        setAnnouncement(`Item ${from + 1} of group ${groupIndex + 1} removed`);
      },
    };
  }

  return { setName, addGroup, editingOf, announcement, focusNext };
}
