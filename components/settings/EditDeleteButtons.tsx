import { Button } from "@/components/ui/Button";

/** A registered thing's Edit and Delete buttons; the screen-reader names say which thing. */
export function EditDeleteButtons({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      <Button variant="secondary" size="sm" onClick={onEdit}>
        Edit<span className="sr-only"> {name}</span>
      </Button>
      <Button variant="danger" size="sm" onClick={onDelete}>
        Delete<span className="sr-only"> {name}</span>
      </Button>
    </div>
  );
}
