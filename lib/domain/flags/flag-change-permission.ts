import type { Permission } from "../permissions";

type FlagChange = { description?: unknown; enabled?: boolean; onValue?: unknown; offValue?: unknown; killSwitch?: boolean; sets?: unknown };

/**
 * Editing flags is an admin's job (runbooks.manage), with one exception made
 * for the worst hour: a commander may pull a kill switch, that is turn a
 * kill-switch flag off and change nothing else. Turning it back on is a
 * decision for an admin again. Whole sets go off through their own use-case.
 */
export function permissionForFlagChange(flag: { killSwitch: boolean }, change: FlagChange): Permission {
  const onlyTurnsOff = change.enabled === false && [change.description, change.onValue, change.offValue, change.killSwitch, change.sets].every((field) => field === undefined);
  return flag.killSwitch && onlyTurnsOff ? "rollbacks.run" : "runbooks.manage";
}

/** The least any flag change needs: route specs name this, the use-case then checks the exact change. */
export const FLAG_CHANGE_MINIMUM_PERMISSION: Permission = "rollbacks.run";
