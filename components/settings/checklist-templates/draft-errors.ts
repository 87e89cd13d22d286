import type { FieldProblem } from "@/lib/domain/app-error";
import type { Draft } from "./template-draft";

/**
 * The server names each problem by its path in the content it was sent
 * ("groups.1.items.2.text"). These keys name the same places by the draft's
 * ids instead, so the messages stay next to the right input whatever is
 * reordered afterwards.
 */
export const errorKey = {
  name: "name",
  groups: "groups",
  groupTitle: (groupId: string) => `${groupId}.title`,
  groupItems: (groupId: string) => `${groupId}.items`,
  itemText: (itemId: string) => `${itemId}.text`,
  itemHint: (itemId: string) => `${itemId}.hint`,
};

export type DraftErrors = {
  byKey: Readonly<Record<string, string>>;
  /** Problems no input stands for (the content as a whole, or a path this editor does not know). */
  unplaced: FieldProblem[];
};

export const NO_ERRORS: DraftErrors = { byKey: {}, unplaced: [] };

/** Places each problem of a refused publish on the input of `submitted`, the draft as it was sent. */
export function placeProblems(problems: readonly FieldProblem[], submitted: Draft): DraftErrors {
  const byKey: Record<string, string> = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const key = keyFor(problem.field, submitted);
    if (key === null) unplaced.push(problem);
    else byKey[key] = byKey[key] ? `${byKey[key]}; ${problem.message}` : problem.message;
  }
  return { byKey, unplaced };
}

function keyFor(field: string, submitted: Draft): string | null {
  if (field === "name" || field === "groups") return field;
  const [root, groupIndex, groupField, itemIndex, itemField, ...rest] = field.split(".");
  const group = root === "groups" ? submitted.groups[Number(groupIndex)] : undefined;
  if (!group || rest.length > 0) return null;
  if (groupField === "title" && itemIndex === undefined) return errorKey.groupTitle(group.id);
  if (groupField !== "items") return null;
  if (itemIndex === undefined) return errorKey.groupItems(group.id);
  const item = group.items[Number(itemIndex)];
  if (!item) return null;
  if (itemField === "text") return errorKey.itemText(item.id);
  if (itemField === "hint") return errorKey.itemHint(item.id);
  return null;
}

/** The first key with a problem, in the order the inputs appear on the page. */
export function firstErrorKey(errors: DraftErrors, draft: Draft): string | null {
  const order = [
    errorKey.name,
    ...draft.groups.flatMap((group) => [
      errorKey.groupTitle(group.id),
      ...group.items.flatMap((item) => [errorKey.itemText(item.id), errorKey.itemHint(item.id)]),
      errorKey.groupItems(group.id),
    ]),
    errorKey.groups,
  ];
  return order.find((key) => errors.byKey[key] !== undefined) ?? null;
}

/** The errors without the one of an input the admin has just changed. */
export function withoutError(errors: DraftErrors, key: string): DraftErrors {
  if (errors.byKey[key] === undefined) return errors;
  const byKey = { ...errors.byKey };
  delete byKey[key];
  return { ...errors, byKey };
}
