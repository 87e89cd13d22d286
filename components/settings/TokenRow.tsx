"use client";

import { Badge, RoleBadge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { TD_CLASSES } from "@/components/ui/DataTable";
import { RowError } from "@/components/ui/RowError";
import { formatDateTime } from "@/lib/client/format";
import { useRevokeTokenMutation } from "@/lib/client/mutations/useRevokeTokenMutation";
import type { ApiToken } from "@/lib/client/schemas/api-tokens";

export function TokenRow({ token, now }: { token: ApiToken; now: number }) {
  const mutation = useRevokeTokenMutation(token.id);
  const expired = token.expiresAt !== null && Date.parse(token.expiresAt) <= now;

  function revoke() {
    if (!window.confirm(`Revoke the token “${token.name}”? Anything that uses it will stop working at once.`)) return;
    mutation.mutate();
  }

  return (
    <tr>
      <td className={`${TD_CLASSES} font-medium`}>{token.name}</td>
      <td className={TD_CLASSES}>
        <code className="font-mono text-xs">{token.prefix}…</code>
      </td>
      <td className={TD_CLASSES}>
        <RoleBadge role={token.role} />
      </td>
      <td className={TD_CLASSES}>{token.createdBy?.name ?? "Unknown"}</td>
      <td className={`${TD_CLASSES} min-w-28`}>{formatDateTime(token.createdAt)}</td>
      <td className={`${TD_CLASSES} min-w-28`}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</td>
      <td className={`${TD_CLASSES} min-w-28`}>{token.expiresAt ? formatDateTime(token.expiresAt) : "Never"}</td>
      <td className={TD_CLASSES}>
        {token.revokedAt ? <Badge tone="danger">Revoked</Badge> : expired ? <Badge tone="warning">Expired</Badge> : <Badge tone="success">Active</Badge>}
      </td>
      <td className={TD_CLASSES}>
        {!token.revokedAt && (
          <Button variant="danger" size="sm" pending={mutation.isPending} pendingLabel="Revoking…" onClick={revoke}>
            Revoke<span className="sr-only"> {token.name}</span>
          </Button>
        )}
        {mutation.isError && <RowError error={mutation.error} />}
      </td>
    </tr>
  );
}
