import type { ReactNode } from "react";
import type { Role } from "@/lib/domain/permissions";
import { roleLabel } from "@/lib/client/roles";

type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info";

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  success: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  danger: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  info: "bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200",
};

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE_CLASSES[tone]}`}>{children}</span>;
}

const ROLE_TONES: Record<Role, BadgeTone> = { viewer: "neutral", responder: "success", commander: "warning", admin: "info" };

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={ROLE_TONES[role]}>{roleLabel(role)}</Badge>;
}
