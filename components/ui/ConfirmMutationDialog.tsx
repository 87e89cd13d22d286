"use client";

import type { ReactNode } from "react";
import { ConfirmDialog } from "./ConfirmDialog";

type Mutation = { isPending: boolean; error: unknown; mutate: () => void; reset: () => void };

/**
 * A ConfirmDialog bound to one mutation: confirming runs it, closing forgets
 * its last error, so reopening starts clean.
 */
export function ConfirmMutationDialog(props: { title: string; confirmLabel: string; pendingLabel: string; mutation: Mutation; onClose: () => void; children: ReactNode }) {
  const { mutation } = props;
  return (
    <ConfirmDialog
      title={props.title}
      confirmLabel={props.confirmLabel}
      pendingLabel={props.pendingLabel}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate()}
      onClose={() => {
        mutation.reset();
        props.onClose();
      }}
    >
      {props.children}
    </ConfirmDialog>
  );
}
