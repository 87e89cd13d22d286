import Link from "next/link";
import { buttonClasses } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";

export function ServicesPage({ canManageServices }: { canManageServices: boolean }) {
  return (
    <>
      <PageHeader title="Services" description="The services Rewind watches, their health sources and their rollback runbooks." />
      <EmptyState
        icon={<ServicesIcon />}
        title="No services registered yet"
        description="Admins register services, their health sources and rollback runbooks in Settings."
        action={
          canManageServices && (
            <Link href="/settings" className={buttonClasses("primary")}>
              Go to Settings
            </Link>
          )
        }
      />
    </>
  );
}

function ServicesIcon() {
  return (
    <svg className="size-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.5}>
      <rect x="3" y="4" width="18" height="6" rx="1.5" />
      <rect x="3" y="14" width="18" height="6" rx="1.5" />
      <path d="M7 7h.01M7 17h.01" strokeLinecap="round" />
    </svg>
  );
}
