import type { FormEvent, ReactNode } from "react";
import { Button } from "./Button";
import { Card } from "./Card";

type FormCardProps = {
  title: string;
  /** Runs instead of a page load, once the browser's own checks pass. */
  onSubmit: (data: FormData, form: HTMLFormElement) => void;
  submitLabel: string;
  pending: boolean;
  pendingLabel: string;
  /** Messages, then the fields; the submit button comes last. */
  children: ReactNode;
};

export function FormCard({ title, onSubmit, submitLabel, pending, pendingLabel, children }: FormCardProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget), event.currentTarget);
  }

  return (
    <Card title={title}>
      <form onSubmit={handleSubmit} className="flex flex-col gap-4">
        {children}
        <div>
          <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Card>
  );
}
