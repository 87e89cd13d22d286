"use client";

import { useId } from "react";
import { buttonClasses } from "@/components/ui/Button";
import { reportSearch, type ReportFilters } from "@/lib/client/queries/reports";
import { useServicesQuery } from "@/lib/client/queries/useServicesQuery";
import { SEVERITIES } from "@/lib/domain/incidents/lifecycle";
import { SEVERITY_NAMES } from "./report-colours";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";
const LABEL = "block text-sm font-medium text-slate-700 dark:text-slate-300";

/** Date range, service and severity; every change lands in the URL, so a filtered report can be shared. */
export function ReportFiltersForm({ filters, onChange }: { filters: ReportFilters; onChange: (filters: ReportFilters) => void }) {
  const id = useId();
  const services = useServicesQuery();
  const serviceOptions = services.data?.services ?? [];
  const set = (field: keyof ReportFilters) => (event: { target: { value: string } }) => onChange({ ...filters, [field]: event.target.value || undefined });
  return (
    <form role="search" aria-label="Report filters" className="grid grid-cols-2 items-end gap-3 md:grid-cols-5" onSubmit={(event) => event.preventDefault()}>
      <div>
        <label htmlFor={`${id}-from`} className={LABEL}>
          From
        </label>
        <input id={`${id}-from`} type="date" className={CONTROL} value={filters.from ?? ""} onChange={set("from")} />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className={LABEL}>
          To
        </label>
        <input id={`${id}-to`} type="date" className={CONTROL} value={filters.to ?? ""} onChange={set("to")} />
      </div>
      <div>
        <label htmlFor={`${id}-service`} className={LABEL}>
          Service
        </label>
        <select id={`${id}-service`} className={CONTROL} value={filters.service ?? ""} onChange={set("service")}>
          <option value="">All services</option>
          {serviceOptions.map((service) => (
            <option key={service.id} value={service.slug}>
              {service.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-severity`} className={LABEL}>
          Severity
        </label>
        <select id={`${id}-severity`} className={CONTROL} value={filters.severity ?? ""} onChange={set("severity")}>
          <option value="">All severities</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_NAMES[severity]}
            </option>
          ))}
        </select>
      </div>
      <a className={`${buttonClasses("secondary")} col-span-2 justify-center md:col-span-1`} href={`/api/v1/reports/incidents.csv?${reportSearch(filters)}`} download>
        Export CSV
      </a>
    </form>
  );
}
