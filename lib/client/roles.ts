import { ROLES, type Role } from "@/lib/domain/permissions";

const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  responder: "Responder",
  commander: "Commander",
  admin: "Admin",
};

const ROLE_SUMMARIES: Record<Role, string> = {
  viewer: "reads incidents and reports",
  responder: "also ticks checklists, edits post-mortems",
  commander: "also declares incidents, runs rollbacks",
  admin: "also manages services, users and tokens",
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** Options for a role <select>, least privilege first. */
export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: `${ROLE_LABELS[role]} (${ROLE_SUMMARIES[role]})` }));

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
