import type { Service } from "@/lib/client/schemas/services";
import { FieldsetFrame } from "./form/FieldsetFrame";

/** Checkboxes named `serviceIds`, one per registered service: a list reads better than a multi-select on a phone. */
export function ServicePicker({ services, error }: { services: readonly Service[]; error?: string }) {
  return (
    <FieldsetFrame id="declare-services" legend="Services" hint="Tick every service the incident affects." error={error}>
      <ul className="grid gap-2 sm:grid-cols-2">
        {services.map((service) => (
          <li key={service.id}>
            <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm has-checked:border-indigo-600 has-checked:bg-indigo-50 dark:border-slate-700 dark:bg-slate-950 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950">
              <input
                type="checkbox"
                name="serviceIds"
                value={service.id}
                aria-labelledby={`service-${service.id}-name`}
                aria-describedby={`service-${service.id}-slug`}
                className="mt-0.5 size-4 accent-indigo-600"
              />
              <span>
                <span id={`service-${service.id}-name`} className="block font-medium text-slate-900 dark:text-white">
                  {service.name}
                </span>
                <span id={`service-${service.id}-slug`} className="block font-mono text-xs text-slate-600 dark:text-slate-400">
                  {service.slug} · {service.environment}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </FieldsetFrame>
  );
}
