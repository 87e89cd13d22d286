import type { AutoCheckKey } from "@/lib/domain/checklists/auto-check";
import type { ChecklistTemplateContent } from "@/lib/domain/checklists/checklist-template";

/*
 * The template as the editor holds it. Every group and item carries an id
 * of its own, so React keeps each row's inputs (and focus) through a reorder,
 * and a server error found at "groups.1.items.2.text" stays on that item
 * after the admin moves it.
 */

/** `autoCheck` is kept as published: the editor does not change which verification ticks an item. */
export type DraftItem = { id: string; text: string; hint: string; autoCheck?: AutoCheckKey };
/** `dueWithinHours`: "" for no due time. */
export type DraftGroup = { id: string; title: string; dueWithinHours: string; items: DraftItem[] };
export type Draft = { name: string; groups: DraftGroup[] };

let lastId = 0;
function newId(prefix: "group" | "item"): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

export function emptyItem(): DraftItem {
  return { id: newId("item"), text: "", hint: "" };
}

export function emptyGroup(): DraftGroup {
  return { id: newId("group"), title: "", dueWithinHours: "", items: [emptyItem()] };
}

export function draftFrom(content: ChecklistTemplateContent): Draft {
  return {
    name: content.name,
    groups: content.groups.map((group) => ({
      id: newId("group"),
      title: group.title,
      dueWithinHours: group.dueWithinHours === undefined ? "" : String(group.dueWithinHours),
      items: group.items.map((item) => ({ id: newId("item"), text: item.text, hint: item.hint ?? "", ...(item.autoCheck ? { autoCheck: item.autoCheck } : {}) })),
    })),
  };
}

/** What is sent to the server: as typed (the server trims and validates), without empty hints. */
export function contentOf(draft: Draft): ChecklistTemplateContent {
  return {
    name: draft.name,
    groups: draft.groups.map((group) => ({
      title: group.title,
      ...(group.dueWithinHours === "" ? {} : { dueWithinHours: Number(group.dueWithinHours) }),
      items: group.items.map((item) => ({
        text: item.text,
        ...(item.hint.trim() === "" ? {} : { hint: item.hint.trim() }),
        ...(item.autoCheck ? { autoCheck: item.autoCheck } : {}),
      })),
    })),
  };
}

export function sameContent(draft: Draft, content: ChecklistTemplateContent): boolean {
  return JSON.stringify(contentOf(draft)) === JSON.stringify(contentOf(draftFrom(content)));
}

/** The list with the entry at `index` swapped with its neighbour; unchanged at either end. */
export function moveEntry<T>(list: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  const moved = [...list];
  const [entry, neighbour] = [moved[index], moved[target]];
  if (entry === undefined || neighbour === undefined) return moved;
  moved[index] = neighbour;
  moved[target] = entry;
  return moved;
}

export function updateGroup(draft: Draft, groupId: string, change: (group: DraftGroup) => DraftGroup): Draft {
  return { ...draft, groups: draft.groups.map((group) => (group.id === groupId ? change(group) : group)) };
}

export function updateItem(draft: Draft, groupId: string, itemId: string, patch: Partial<Omit<DraftItem, "id">>): Draft {
  return updateGroup(draft, groupId, (group) => ({ ...group, items: group.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)) }));
}
