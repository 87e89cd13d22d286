import type { RollbackRun, RollbackStep } from "@/lib/client/schemas/rollback-runs";

type Tone = "neutral" | "success" | "warning" | "danger" | "info";

export const STEP_STATUS: Record<RollbackStep["status"], { label: string; tone: Tone; icon: string }> = {
  pending: { label: "Pending", tone: "neutral", icon: "○" },
  awaiting_confirmation: { label: "Needs confirmation", tone: "warning", icon: "!" },
  awaiting_approval: { label: "Needs approval", tone: "warning", icon: "!" },
  awaiting_operator: { label: "Waiting for operator", tone: "warning", icon: "✋" },
  queued: { label: "Queued", tone: "info", icon: "…" },
  running: { label: "Running", tone: "info", icon: "▶" },
  succeeded: { label: "Done", tone: "success", icon: "✓" },
  failed: { label: "Failed", tone: "danger", icon: "✕" },
  skipped: { label: "Skipped", tone: "neutral", icon: "↷" },
  cancelled: { label: "Cancelled", tone: "neutral", icon: "–" },
  outcome_unknown: { label: "Outcome unknown", tone: "danger", icon: "?" },
};

export const RUN_STATUS: Record<RollbackRun["status"], { label: string; tone: Tone }> = {
  running: { label: "Running", tone: "info" },
  waiting: { label: "Waiting for you", tone: "warning" },
  paused: { label: "Paused", tone: "warning" },
  succeeded: { label: "Completed", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}
