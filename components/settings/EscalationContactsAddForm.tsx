"use client";

import { Alert } from "@/components/ui/Alert";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { FormCard } from "@/components/ui/FormCard";
import { fieldErrorFor } from "@/lib/client/field-errors";
import { useCreateEscalationContactMutation } from "@/lib/client/mutations/useCreateEscalationContactMutation";
import { CONTACT_FIELDS, EscalationContactsFields } from "./EscalationContactsFields";
import { contactInputFrom } from "./EscalationContactsInput";

export function EscalationContactsAddForm() {
  const mutation = useCreateEscalationContactMutation();

  function onSubmit(data: FormData, form: HTMLFormElement) {
    mutation.mutate(contactInputFrom(data), { onSuccess: () => form.reset() });
  }

  return (
    <FormCard title="Add a contact" onSubmit={onSubmit} submitLabel="Add contact" pending={mutation.isPending} pendingLabel="Adding…">
      {mutation.isSuccess && <Alert tone="success" title={`${mutation.data.contact.name} added`} />}
      {mutation.isError && <ErrorAlert error={mutation.error} fields={CONTACT_FIELDS} />}
      <EscalationContactsFields fieldError={(field) => fieldErrorFor(mutation.error, field)} />
    </FormCard>
  );
}
