"use client";

import { DataTable } from "@/components/ui/DataTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useUsersQuery } from "@/lib/client/queries/useUsersQuery";
import { CreateUserForm } from "./CreateUserForm";
import { UserRow } from "./UserRow";

const COLUMNS = ["Name", "Email", "Role", "Status"];

export function UsersPage() {
  const query = useUsersQuery();

  return (
    <>
      <PageHeader title="Users" description="People who can sign in to Rewind, and what their role lets them do." />
      <div className="flex flex-col gap-6">
        <CreateUserForm />
        {query.isPending ? (
          <LoadingState label="Loading users…" />
        ) : query.isLoadingError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.users.length === 0 ? (
          <EmptyState title="No users yet" description="Create the first account with the form above." />
        ) : (
          <DataTable label="Users" columns={COLUMNS} actions>
            {query.data.users.map((user) => (
              <UserRow key={user.id} user={user} />
            ))}
          </DataTable>
        )}
      </div>
    </>
  );
}
