"use client";

import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { TD_CLASSES } from "@/components/ui/DataTable";
import { RowError } from "@/components/ui/RowError";
import { Spinner } from "@/components/ui/Spinner";
import { useUpdateUserMutation } from "@/lib/client/mutations/useUpdateUserMutation";
import { isRole, roleLabel } from "@/lib/client/roles";
import type { User } from "@/lib/client/schemas/users";
import { ROLES } from "@/lib/domain/permissions";

export function UserRow({ user }: { user: User }) {
  const mutation = useUpdateUserMutation(user.id);
  const disabled = user.disabledAt !== null;
  const changingRole = mutation.isPending && mutation.variables?.role !== undefined;
  const togglingStatus = mutation.isPending && mutation.variables?.disabled !== undefined;

  return (
    <tr>
      <td className={`${TD_CLASSES} font-medium`}>{user.name}</td>
      <td className={`${TD_CLASSES} whitespace-nowrap`}>{user.email}</td>
      <td className={TD_CLASSES}>
        <div className="flex items-center gap-2">
          <select
            aria-label={`Role for ${user.name}`}
            value={user.role}
            disabled={mutation.isPending}
            onChange={(event) => {
              const role = event.target.value;
              if (isRole(role)) mutation.mutate({ role });
            }}
            className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 disabled:opacity-70 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
          {changingRole && (
            <span className="inline-flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
              <Spinner className="size-3" />
              Saving…
            </span>
          )}
        </div>
      </td>
      <td className={TD_CLASSES}>{disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
      <td className={TD_CLASSES}>
        <Button
          variant="secondary"
          size="sm"
          pending={togglingStatus}
          pendingLabel={disabled ? "Enabling…" : "Disabling…"}
          disabled={mutation.isPending}
          onClick={() => mutation.mutate({ disabled: !disabled })}
        >
          {disabled ? "Enable" : "Disable"}
          <span className="sr-only"> {user.name}</span>
        </Button>
        {mutation.isError && <RowError error={mutation.error} />}
      </td>
    </tr>
  );
}
