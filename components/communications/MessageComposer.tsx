"use client";

import { useState } from "react";
import { SelectField } from "@/components/ui/Field";
import { LoadingState } from "@/components/ui/LoadingState";
import { QueryErrorAlert } from "@/components/ui/QueryErrorAlert";
import { useMessagePreviewQuery, type IncidentMessagesResponse } from "@/lib/client/queries/communications";
import { COMMUNICATION_TEMPLATE_KEYS, type CommunicationTemplateKey } from "@/lib/domain/communications/communication-templates";
import { MessageDraft } from "./MessageDraft";

const isTemplateKey = (value: string): value is CommunicationTemplateKey => (COMMUNICATION_TEMPLATE_KEYS as readonly string[]).includes(value);

/** Pick a template; the draft below starts from it filled with the incident's facts. */
export function MessageComposer({ incidentRef, templates, canSend }: { incidentRef: string; templates: IncidentMessagesResponse["templates"]; canSend: boolean }) {
  const [templateKey, setTemplateKey] = useState<CommunicationTemplateKey>("resolved");
  const preview = useMessagePreviewQuery(incidentRef, templateKey);
  const selected = templates.find((template) => template.key === templateKey);

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <SelectField
        label="Template"
        value={templateKey}
        onChange={(event) => {
          if (isTemplateKey(event.target.value)) setTemplateKey(event.target.value);
        }}
        options={templates.map((template) => ({ value: template.key, label: `${template.name} (${template.audience})` }))}
        hint={selected?.description}
      />
      {preview.isPending ? (
        <LoadingState label="Filling in the template…" />
      ) : preview.isLoadingError ? (
        <QueryErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        // A new template or a refreshed preview starts a new draft.
        <MessageDraft
          key={`${templateKey}:${preview.dataUpdatedAt}`}
          incidentRef={incidentRef}
          templateKey={templateKey}
          preview={preview.data.preview}
          canSend={canSend}
          onRefresh={() => void preview.refetch()}
        />
      )}
    </div>
  );
}
