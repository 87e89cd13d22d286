import type { PlanType } from "../rollback/plan";

/** How service was restored (Incident.mitigation). */
export const MITIGATION_KINDS = ["rollback", "hotfix", "feature_flag", "config_change", "other"] as const;
export type MitigationKind = (typeof MITIGATION_KINDS)[number];

export const MITIGATION_LABELS: Record<MitigationKind, string> = {
  rollback: "Rollback",
  hotfix: "Hotfix",
  feature_flag: "Feature flag",
  config_change: "Config change",
  other: "Other",
};

/**
 * The mitigation a live run's plan stands for, when the commander did not
 * name one: flag plans are flag mitigations, code plans ship a fix forward
 * (a hotfix), configuration plans change config, and the rest roll back.
 */
export function mitigationOfPlanType(type: PlanType): MitigationKind {
  if (type === "feature_flag") return "feature_flag";
  if (type === "code") return "hotfix";
  if (type === "configuration") return "config_change";
  return "rollback";
}
