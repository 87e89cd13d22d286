import { useEffect, useEffectEvent } from "react";

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

/** Typing a digit into a note or a select must never answer a question. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Calls `onChoose(index)` when the number key index + 1 (1 to `count`) is
 * pressed anywhere on the page, while `enabled` and while focus is not in a
 * text field. Key repeats and shortcuts with modifiers are ignored.
 */
export function useNumberKeys(enabled: boolean, count: number, onChoose: (index: number) => void): void {
  const choose = useEffectEvent(onChoose);
  useEffect(() => {
    if (!enabled || count === 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTextEntry(event.target)) return;
      if (!/^[1-9]$/.test(event.key)) return;
      const index = Number(event.key) - 1;
      if (index >= count) return;
      event.preventDefault();
      choose(index);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled, count]);
}
