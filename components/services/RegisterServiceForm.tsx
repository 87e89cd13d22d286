"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { ErrorAlert } from "@/components/ui/ErrorAlert";
import { TextField } from "@/components/ui/Field";
import { FormCard } from "@/components/ui/FormCard";
import { TextAreaField } from "@/components/incidents/form/TextAreaField";
import { ApiError } from "@/lib/client/api-fetch";
import { fieldErrorFor, fieldsShownInline } from "@/lib/client/field-errors";
import { useCreateServiceMutation } from "@/lib/client/mutations/useCreateServiceMutation";
import { LinksEditor, type LinkRow } from "./LinksEditor";

const FIELDS = ["name", "slug", "team", "environment", "description", "links"] as const;

export function RegisterServiceForm() {
  const mutation = useCreateServiceMutation();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  // The slug follows the name until someone edits it by hand.
  const [slugEdited, setSlugEdited] = useState(false);
  const [links, setLinks] = useState<LinkRow[]>([]);
  const [registered, setRegistered] = useState<string | null>(null);
  const fieldError = (field: string) => fieldErrorFor(mutation.error, field);

  function onSubmit(data: FormData, form: HTMLFormElement) {
    const description = String(data.get("description") ?? "").trim();
    setRegistered(null);
    mutation.mutate(
      {
        name: name.trim(),
        slug: slug.trim(),
        team: String(data.get("team") ?? "").trim(),
        environment: String(data.get("environment") ?? "").trim(),
        description: description || undefined,
        links: links.filter((link) => link.label.trim() || link.url.trim()).map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
      },
      {
        onSuccess: ({ service }) => {
          form.reset();
          setName("");
          setSlug("");
          setSlugEdited(false);
          setLinks([]);
          setRegistered(service.name);
        },
      },
    );
  }

  return (
    <FormCard title="Register a service" onSubmit={onSubmit} submitLabel="Register service" pending={mutation.isPending} pendingLabel="Registering…">
      {registered && <Alert tone="success" title={`${registered} registered`} />}
      {mutation.isError && <ErrorAlert error={mutation.error} fields={fieldsShownInline(mutation.error, FIELDS)} />}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="name"
          label="Name"
          required
          maxLength={120}
          autoComplete="off"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugify(event.target.value));
          }}
          error={fieldError("name")}
        />
        <TextField
          name="slug"
          label="Slug"
          required
          maxLength={64}
          autoComplete="off"
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
          hint="Lowercase letters, digits and dashes, e.g. checkout-api. Alerts name the service by it."
          error={fieldError("slug")}
        />
        <TextField name="team" label="Team" required maxLength={120} autoComplete="off" hint="Who owns it, e.g. Payments." error={fieldError("team")} />
        <TextField name="environment" label="Environment" required maxLength={64} autoComplete="off" defaultValue="production" error={fieldError("environment")} />
      </div>
      <TextAreaField name="description" label="Description" optional rows={2} maxLength={1000} error={fieldError("description")} />
      <LinksEditor
        links={links}
        onChange={setLinks}
        error={mutation.error instanceof ApiError ? mutation.error.fieldError("links") : undefined}
        fieldError={fieldError}
      />
    </FormCard>
  );
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
}
