"use client";

import { useState } from "react";
import { TextAreaField } from "@/components/incidents/form/TextAreaField";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";
import { TextField } from "@/components/ui/Field";
import type { MessagePreview } from "@/lib/client/queries/communications";
import type { CommunicationTemplateKey } from "@/lib/domain/communications/communication-templates";
import { SendMessageForm } from "./SendMessageForm";

/** The rendered template, editable before it is copied or sent. */
export function MessageDraft({
  incidentRef,
  templateKey,
  preview,
  canSend,
  onRefresh,
}: {
  incidentRef: string;
  templateKey: CommunicationTemplateKey;
  preview: MessagePreview;
  canSend: boolean;
  onRefresh: () => void;
}) {
  const [subject, setSubject] = useState(preview.subject ?? "");
  const [body, setBody] = useState(preview.body);
  const hasSubject = preview.subject !== null;
  const copyText = hasSubject && subject.trim() ? `${subject}\n\n${body}` : body;

  return (
    <div className="flex min-w-0 flex-col gap-4">
      {preview.missing.length > 0 && (
        <Alert tone="warning" title="Some facts are not known yet">
          <p>
            Rewind has no value yet for: {preview.missing.map((variable) => variable.label).join(", ")}. They are left as bracketed blanks; fill them in, with the template’s
            own blanks, before sending.
          </p>
        </Alert>
      )}
      {hasSubject && <TextField label="Subject" value={subject} maxLength={300} onChange={(event) => setSubject(event.target.value)} />}
      <TextAreaField label="Message" value={body} rows={14} maxLength={20_000} className="font-mono" onChange={(event) => setBody(event.target.value)} />
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton value={copyText} label="Copy message" />
        <Button variant="ghost" size="sm" onClick={onRefresh}>
          Start again from the template
        </Button>
      </div>
      {canSend && <SendMessageForm incidentRef={incidentRef} message={{ templateKey, subject: hasSubject ? subject.trim() || undefined : undefined, body }} />}
    </div>
  );
}
