import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import type { ChecklistTemplateVersion } from "@/lib/client/schemas/checklist-templates";

export type Published = { version: number; overtaken: number };

/** The last publish went through. */
export function PublishedNotice({ published }: { published: Published }) {
  return (
    <Alert tone="success" title={`Version ${published.version} published`}>
      <p>New checklists from now on use it; incidents that already have this checklist keep the version they started with.</p>
      {published.overtaken > 0 && (
        <p className="mt-1">
          {published.overtaken === 1 ? "Someone else published a version" : `Someone else published ${published.overtaken} versions`} just before yours; yours is the
          active one now.
        </p>
      )}
    </Alert>
  );
}

type ConflictNoticeProps = {
  current: ChecklistTemplateVersion;
  baseVersion: number;
  /** True when a publish was refused; false when a refresh merely showed the newer version. */
  refused: boolean;
  publishing: boolean;
  onLoadCurrent: () => void;
  onPublishAnyway: () => void;
};

/** Someone published another version after the one this draft started from: take theirs, or publish over it. */
export function ConflictNotice({ current, baseVersion, refused, publishing, onLoadCurrent, onPublishAnyway }: ConflictNoticeProps) {
  return (
    <Alert
      tone={refused ? "error" : "warning"}
      title={refused ? `Not published: version ${current.version} was published while you were editing` : `Version ${current.version} was published while you were editing`}
      actions={
        <>
          <Button variant="secondary" size="sm" onClick={onLoadCurrent}>
            Load version {current.version} (drops your changes)
          </Button>
          <Button variant="secondary" size="sm" pending={publishing} pendingLabel="Publishing…" onClick={onPublishAnyway}>
            Publish yours as version {current.version + 1}
          </Button>
        </>
      }
    >
      <p>
        Your changes start from version {baseVersion}. The current version is {current.version}, “{current.content.name}”. Publishing yours replaces it for new
        incidents.
      </p>
    </Alert>
  );
}
