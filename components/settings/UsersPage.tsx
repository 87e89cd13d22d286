"use client";

import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { LoadingState } from "@/components/ui/LoadingState";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableContainer, TH_CLASSES } from "@/components/ui/TableContainer";
import { useUsersQuery } from "@/lib/client/queries/useUsersQuery";
import { CreateUserForm } from "./CreateUserForm";
import { UserRow } from "./UserRow";

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
          <ErrorAlert
            error={query.error}
            actions={
              <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                Try again
              </Button>
            }
          />
        ) : query.data.users.length === 0 ? (
          <EmptyState title="No users yet" description="Create the first account with the form above." />
        ) : (
          <TableContainer label="Users">
            <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-800">
              <caption className="sr-only">Users</caption>
              <thead className="bg-slate-50 dark:bg-slate-900">
                <tr>
                  <th scope="col" className={TH_CLASSES}>Name</th>
                  <th scope="col" className={TH_CLASSES}>Email</th>
                  <th scope="col" className={TH_CLASSES}>Role</th>
                  <th scope="col" className={TH_CLASSES}>Status</th>
                  <th scope="col" className={TH_CLASSES}>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {query.data.users.map((user) => (
                  <UserRow key={user.id} user={user} />
                ))}
              </tbody>
            </table>
          </TableContainer>
        )}
      </div>
    </>
  );
}
