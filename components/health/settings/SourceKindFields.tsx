import { SelectField, TextField } from "@/components/ui/Field";
import { TextAreaField } from "@/components/incidents/form/TextAreaField";
import type { SourceDraft } from "./source-draft";

type KindFieldsProps = {
  draft: SourceDraft;
  onChange: (patch: Partial<SourceDraft>) => void;
  /** The server's message for a config field, by its name under `config` ("url", "auth.token"). */
  fieldError: (configField: string) => string | undefined;
  /** Editing a saved source: its secrets come back masked. */
  editing: boolean;
};

const AUTH_OPTIONS = [
  { value: "none", label: "None" },
  { value: "bearer", label: "Bearer token" },
  { value: "basic", label: "Basic (user name and password)" },
] as const;

/** The fields of the chosen kind of source; what is common to all kinds (name, interval) is the form's. */
export function SourceKindFields(props: KindFieldsProps) {
  switch (props.draft.kind) {
    case "http_probe":
      return <HttpProbeFields {...props} />;
    case "prometheus_scrape":
      return <ScrapeFields {...props} />;
    case "prometheus_query":
      return <QueryFields {...props} />;
  }
}

function TimeoutField({ draft, onChange, fieldError }: KindFieldsProps) {
  return (
    <TextField
      label="Timeout (ms)"
      type="number"
      inputMode="numeric"
      min={100}
      max={60_000}
      required
      value={draft.timeoutMs}
      onChange={(event) => onChange({ timeoutMs: event.target.value })}
      hint="A slower answer counts as a failed check. 100 ms to 60 s."
      error={fieldError("timeoutMs")}
    />
  );
}

function HttpProbeFields(props: KindFieldsProps) {
  const { draft, onChange, fieldError } = props;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextField
          label="URL"
          type="url"
          required
          placeholder="https://checkout.internal/health/ready"
          value={draft.url}
          onChange={(event) => onChange({ url: event.target.value })}
          hint="Rewind sends a GET; any other status than the expected one, or no answer, is a failed check."
          error={fieldError("url")}
        />
      </div>
      <TextField
        label="Expected status"
        type="number"
        inputMode="numeric"
        min={100}
        max={599}
        required
        value={draft.expectedStatus}
        onChange={(event) => onChange({ expectedStatus: event.target.value })}
        error={fieldError("expectedStatus")}
      />
      <TimeoutField {...props} />
    </div>
  );
}

function ScrapeFields(props: KindFieldsProps) {
  const { draft, onChange, fieldError } = props;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextField
          label="Metrics URL"
          type="url"
          required
          placeholder="https://checkout.internal/metrics"
          value={draft.url}
          onChange={(event) => onChange({ url: event.target.value })}
          hint="A Prometheus text endpoint. Rates, error ratio and p95 are worked out between two scrapes."
          error={fieldError("url")}
        />
      </div>
      <TimeoutField {...props} />
      <TextField
        label="Request counter"
        required
        value={draft.requestsCounter}
        onChange={(event) => onChange({ requestsCounter: event.target.value })}
        hint="A counter of requests with a status-code label."
        error={fieldError("requestsCounter")}
      />
      <TextField
        label="Status code label"
        required
        value={draft.statusLabel}
        onChange={(event) => onChange({ statusLabel: event.target.value })}
        hint="5xx values count as errors."
        error={fieldError("statusLabel")}
      />
      <TextField
        label="Latency histogram"
        required
        value={draft.latencyHistogram}
        onChange={(event) => onChange({ latencyHistogram: event.target.value })}
        hint="In seconds, with _bucket series."
        error={fieldError("latencyHistogram")}
      />
      <TextField
        label="Version info metric"
        required
        value={draft.versionInfo}
        onChange={(event) => onChange({ versionInfo: event.target.value })}
        hint="Its version label marks deploys and rollbacks on the charts."
        error={fieldError("versionInfo")}
      />
    </div>
  );
}

function QueryFields(props: KindFieldsProps) {
  const { draft, onChange, fieldError, editing } = props;
  const keepHint = editing ? " Leave the mask (********) to keep the saved one." : "";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextField
          label="Prometheus server URL"
          type="url"
          required
          placeholder="https://prometheus.internal:9090"
          value={draft.serverUrl}
          onChange={(event) => onChange({ serverUrl: event.target.value })}
          error={fieldError("serverUrl")}
        />
      </div>
      <SelectField
        label="Authentication"
        options={AUTH_OPTIONS}
        value={draft.authKind}
        onChange={(event) => onChange({ authKind: event.target.value as SourceDraft["authKind"] })}
        error={fieldError("auth.kind")}
      />
      <TimeoutField {...props} />
      {draft.authKind === "bearer" && (
        <div className="md:col-span-2">
          <TextField
            label="Bearer token"
            type="password"
            autoComplete="off"
            required
            value={draft.token}
            onChange={(event) => onChange({ token: event.target.value })}
            hint={`Stored for the collector; never shown again.${keepHint}`}
            error={fieldError("auth.token")}
          />
        </div>
      )}
      {draft.authKind === "basic" && (
        <>
          <TextField
            label="User name"
            autoComplete="off"
            required
            value={draft.username}
            onChange={(event) => onChange({ username: event.target.value })}
            error={fieldError("auth.username")}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="off"
            value={draft.password}
            onChange={(event) => onChange({ password: event.target.value })}
            hint={`Never shown again.${keepHint}`}
            error={fieldError("auth.password")}
          />
        </>
      )}
      <div className="flex flex-col gap-4 md:col-span-2">
        <TextAreaField
          label="Error rate query"
          required
          rows={2}
          className="font-mono text-xs"
          value={draft.errorRateQuery}
          onChange={(event) => onChange({ errorRateQuery: event.target.value })}
          hint="PromQL answering a ratio from 0 to 1."
          error={fieldError("errorRateQuery")}
        />
        <TextAreaField
          label="p95 latency query"
          required
          rows={2}
          className="font-mono text-xs"
          value={draft.p95Query}
          onChange={(event) => onChange({ p95Query: event.target.value })}
          hint="PromQL answering seconds."
          error={fieldError("p95Query")}
        />
        <TextAreaField
          label="Request rate query"
          required
          rows={2}
          className="font-mono text-xs"
          value={draft.requestRateQuery}
          onChange={(event) => onChange({ requestRateQuery: event.target.value })}
          hint="PromQL answering requests per second."
          error={fieldError("requestRateQuery")}
        />
      </div>
    </div>
  );
}
