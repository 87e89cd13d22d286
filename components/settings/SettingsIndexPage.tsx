import Link from "next/link";
import type { ShellUser } from "@/components/shell/AppShell";
import { RoleBadge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { can, type Permission } from "@/lib/domain/permissions";

/** Sections whose permission is "incidents.read" are open to every role to read; editing in them stays admin-only. */
const SECTIONS: { href: string; title: string; description: string; permission: Permission }[] = [
  { href: "/settings/escalation", title: "Escalation contacts", description: "Who to engage at each level of the escalation path, and when they are reachable.", permission: "incidents.read" },
  { href: "/settings/decision-tree", title: "Decision tree", description: "The questions of the guided decision and the outcome of each path; admins publish new versions.", permission: "incidents.read" },
  { href: "/settings/flags", title: "Flags", description: "Feature flags your applications read through OFREP, their kill switches, and the sets an emergency rollback turns off.", permission: "services.read" },
  { href: "/settings/secrets", title: "Secrets", description: "Webhook tokens, kubeconfigs and database URLs that rollback steps use by name; stored encrypted, never shown again.", permission: "integrations.manage" },
  { href: "/settings/communications", title: "Communications", description: "The chat webhooks, email and status page webhooks that incident messages are sent through.", permission: "integrations.manage" },
  { href: "/settings/scripts", title: "Runbook scripts", description: "The commands rollback steps may run: fixed arguments, directory, environment and timeout.", permission: "runbooks.manage" },
  { href: "/settings/checklists", title: "Checklist templates", description: "The items of the checklists Rewind adds to incidents, such as the pre-rollback checklist; publish new versions.", permission: "runbooks.manage" },
  { href: "/settings/users", title: "Users", description: "Invite people, set their roles, disable accounts.", permission: "users.manage" },
  { href: "/settings/tokens", title: "API tokens", description: "Tokens for CI pipelines, Alertmanager and scripts.", permission: "tokens.manage" },
  { href: "/settings/audit", title: "Audit log", description: "Who changed what, and when, live.", permission: "audit.read" },
];

export function SettingsIndexPage({ user }: { user: ShellUser }) {
  const sections = SECTIONS.filter((section) => can(user.role, section.permission));
  return (
    <>
      <PageHeader title="Settings" description="Your account, the escalation contacts and the decision tree, and for admins the people and tokens that can use Rewind." />
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <Card title="Your account">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Name</dt>
            <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{user.name}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Email</dt>
            <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{user.email ?? "None"}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Role</dt>
            <dd>
              <RoleBadge role={user.role} />
            </dd>
          </dl>
        </Card>
        <ChangePasswordForm />
        {sections.map((section) => (
          <Link
            key={section.href}
            href={section.href}
            className="group rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-400 sm:p-6 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
          >
            <h2 className="text-base font-semibold text-slate-900 group-hover:text-indigo-800 dark:text-white dark:group-hover:text-indigo-200">
              {section.title} <span aria-hidden="true">→</span>
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{section.description}</p>
          </Link>
        ))}
      </div>
    </>
  );
}
