import { useLayoutEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "@/lib/client/theme-script";

export type ThemePreference = "system" | "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();
// Used when localStorage is blocked (private mode, policies): the choice then lasts until reload.
let unstoredPreference: ThemePreference = "system";

export function useThemePreference(): [ThemePreference, (preference: ThemePreference) => void] {
  const preference = useSyncExternalStore(subscribe, readPreference, () => "system" as const);
  return [preference, setPreference];
}

/**
 * Keeps the `dark` class on <html> in line with the stored choice and the OS
 * setting. The inline script did this before paint; React's dev-mode remount
 * clears attributes on <html>, and the OS setting may change while the tab is open.
 */
export function useThemeSync(): void {
  const preference = useSyncExternalStore(subscribe, readPreference, () => "system" as const);
  useLayoutEffect(() => {
    // Read storage rather than `preference`: while hydrating, that is still the server's "system".
    const current = readPreference();
    applyTheme(current);
    if (current !== "system") return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [preference]);
}

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return unstoredPreference;
  }
}

function setPreference(preference: ThemePreference): void {
  unstoredPreference = preference;
  try {
    if (preference === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Blocked storage: readPreference falls back to unstoredPreference.
  }
  applyTheme(preference);
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab changed the choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

function applyTheme(preference: ThemePreference): void {
  const dark = preference === "dark" || (preference === "system" && window.matchMedia(DARK_QUERY).matches);
  const root = document.documentElement;
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
}
