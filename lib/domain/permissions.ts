/**
 * Every role rule in Rewind. Roles are cumulative: each one can do everything
 * the roles before it can. Server code (routes, services, socket handlers) and
 * the UI (to hide what a person cannot do) both ask `can`.
 */
export const ROLES = ["viewer", "responder", "commander", "admin"] as const;
export type Role = (typeof ROLES)[number];

const PERMISSION_MINIMUM_ROLE = {
  /** Read incidents, services, reports, timelines, post-mortems. */
  "incidents.read": "viewer",
  "services.read": "viewer",
  "reports.read": "viewer",
  "metrics.read": "viewer",
  /** Tick checklist items, edit post-mortems. */
  "checklists.edit": "responder",
  /** Machines (Alertmanager, webhooks) send alerts with a token of at least this role. */
  "alerts.ingest": "responder",
  "postmortems.edit": "responder",
  /** Send incident messages through the configured communication channels. */
  "communications.send": "responder",
  /** Declare incidents, run guided decisions and rollbacks. */
  "incidents.command": "commander",
  "rollbacks.run": "commander",
  /** Send a post-mortem to review, back to draft, or publish it. */
  "postmortems.review": "commander",
  /** Reopen a published post-mortem as a draft. */
  "postmortems.reopen": "admin",
  /** Manage the installation. */
  "services.manage": "admin",
  "contacts.manage": "admin",
  "runbooks.manage": "admin",
  "integrations.manage": "admin",
  "users.manage": "admin",
  "tokens.manage": "admin",
  "audit.read": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSION_MINIMUM_ROLE;

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function can(role: Role, permission: Permission): boolean {
  return roleRank(role) >= roleRank(PERMISSION_MINIMUM_ROLE[permission]);
}

export function minimumRoleFor(permission: Permission): Role {
  return PERMISSION_MINIMUM_ROLE[permission];
}

/**
 * Realtime rooms and who may join them. Subjects that every role can read
 * (incidents, services, the incident list) are open to all signed-in callers;
 * the audit stream is for admins; a user room only for that user. This is the
 * role rule only: an incident room also needs `canSeeIncident`, which the
 * socket handler checks against the database.
 */
export type RoomRequest = { kind: "incident" | "service"; id: string } | { kind: "incidents" } | { kind: "audit" } | { kind: "user"; id: string } | { kind: "flags" };

export function canJoinRoom(caller: { role: Role; userId: string | null }, room: RoomRequest): boolean {
  switch (room.kind) {
    case "incident":
    case "incidents":
      return can(caller.role, "incidents.read");
    case "service":
    case "flags":
      return can(caller.role, "services.read");
    case "audit":
      return can(caller.role, "audit.read");
    case "user":
      return caller.userId === room.id;
  }
}

export function roomName(room: RoomRequest): string {
  return "id" in room ? `${room.kind}:${room.id}` : room.kind;
}

/** Admins see every private incident; anyone else only those they take part in. */
export function seesEveryPrivateIncident(role: Role): boolean {
  return role === "admin";
}

/**
 * Private incidents (security issues) are visible to their participants and
 * admins only; to anyone else they do not exist (404, never 403).
 */
export function canSeeIncident(caller: { role: Role; userId: string | null }, incident: { private: boolean; participantUserIds: readonly string[] }): boolean {
  if (!incident.private || seesEveryPrivateIncident(caller.role)) return true;
  return caller.userId !== null && incident.participantUserIds.includes(caller.userId);
}
