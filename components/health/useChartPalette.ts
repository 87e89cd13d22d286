import { useSyncExternalStore } from "react";

/*
 * recharts draws with SVG presentation attributes, which Tailwind's `dark:`
 * classes cannot reach, so the colours are picked here from the `dark` class
 * that the theme script keeps on <html>.
 */

export type ChartPalette = {
  series: readonly string[];
  threshold: string;
  baseline: string;
  grid: string;
  axis: string;
  markers: Record<"deploy" | "rollback" | "rollback_started" | "verification_passed" | "verification_failed" | "incident", string>;
  tooltipBackground: string;
  tooltipBorder: string;
  tooltipText: string;
};

const LIGHT: ChartPalette = {
  series: ["#4f46e5", "#0891b2", "#c026d3", "#65a30d"],
  threshold: "#dc2626",
  baseline: "#475569",
  grid: "#e2e8f0",
  axis: "#475569",
  markers: { deploy: "#7c3aed", rollback: "#059669", rollback_started: "#0369a1", verification_passed: "#15803d", verification_failed: "#b91c1c", incident: "#dc2626" },
  tooltipBackground: "#ffffff",
  tooltipBorder: "#cbd5e1",
  tooltipText: "#0f172a",
};

const DARK: ChartPalette = {
  series: ["#818cf8", "#22d3ee", "#e879f9", "#a3e635"],
  threshold: "#f87171",
  baseline: "#94a3b8",
  grid: "#1e293b",
  axis: "#94a3b8",
  markers: { deploy: "#a78bfa", rollback: "#34d399", rollback_started: "#38bdf8", verification_passed: "#4ade80", verification_failed: "#fca5a5", incident: "#f87171" },
  tooltipBackground: "#0f172a",
  tooltipBorder: "#334155",
  tooltipText: "#f1f5f9",
};

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

export function useChartPalette(): ChartPalette {
  const dark = useSyncExternalStore(
    subscribe,
    () => document.documentElement.classList.contains("dark"),
    () => false,
  );
  return dark ? DARK : LIGHT;
}
