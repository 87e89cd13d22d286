import { DataTable, TD_CLASSES } from "@/components/ui/DataTable";
import type { Service } from "@/lib/client/schemas/services";
import { safeHttpUrl } from "@/lib/client/safe-url";

const COLUMNS = ["Name", "Slug", "Team", "Environment", "Links"];

export function ServicesTable({ services }: { services: readonly Service[] }) {
  return (
    <DataTable label="Services" columns={COLUMNS}>
      {services.map((service) => (
        <tr key={service.id}>
          <td className={`${TD_CLASSES} min-w-48`}>
            <span className="font-medium">{service.name}</span>
            {service.description && <span className="mt-0.5 block text-xs text-slate-700 dark:text-slate-300">{service.description}</span>}
          </td>
          <td className={TD_CLASSES}>
            <code className="font-mono text-xs">{service.slug}</code>
          </td>
          <td className={TD_CLASSES}>{service.team}</td>
          <td className={TD_CLASSES}>{service.environment}</td>
          <td className={`${TD_CLASSES} min-w-32`}>
            {service.links.length === 0 ? (
              "None"
            ) : (
              <ul className="flex flex-col gap-1">
                {service.links.map((link) => (
                  <li key={`${link.label}:${link.url}`}>
                    <ServiceLink label={link.label} url={link.url} />
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function ServiceLink({ label, url }: { label: string; url: string }) {
  const href = safeHttpUrl(url);
  if (!href) return <span title={url}>{label}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer" className="font-medium text-indigo-800 underline dark:text-indigo-300">
      {label}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
