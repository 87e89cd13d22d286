import Link from "next/link";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";

/** Shown instead of an admin-only settings page to people without the admin role. */
export function AdminRequired({ title, task }: { title: string; task: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="warning" title="You need the admin role">
        <p>
          Only admins can {task}. Ask an admin of this Rewind installation to change your role, or go back to{" "}
          <Link href="/settings" className="font-medium underline">
            Settings
          </Link>
          .
        </p>
      </Alert>
    </>
  );
}
