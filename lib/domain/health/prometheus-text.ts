/**
 * A strict parser for the Prometheus text exposition format 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Hand-written
 * rather than borrowed because a malformed /metrics body must be recorded as a
 * failed scrape whose error names the line and what was wrong there.
 *
 * Families follow the Go parser (expfmt): a sample joins the family of its own
 * name, else the histogram whose `_bucket`/`_sum`/`_count` it is, else the
 * summary whose `_sum`/`_count` it is, else starts an untyped family. Families
 * declared by HELP or TYPE but without samples are kept: a labelled counter
 * that was never incremented is exported that way, and it means zero.
 */

export const METRIC_TYPES = ["counter", "gauge", "histogram", "summary", "untyped"] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

export type MetricSample = { name: string; labels: Record<string, string>; value: number; timestampMs?: number };
export type MetricFamily = { name: string; type: MetricType; help?: string; samples: MetricSample[] };
export type PrometheusParseResult = { ok: true; families: MetricFamily[] } | { ok: false; error: string };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITY = /^([+-]?)inf(?:inity)?$/i;
const TIMESTAMP = /^-?\d+$/;

class LineError extends Error {}

type FamilyDraft = { name: string; type?: MetricType; help?: string; samples: MetricSample[] };

export function parsePrometheusText(body: string): PrometheusParseResult {
  const families = new Map<string, FamilyDraft>();
  const seriesSeen = new Set<string>();
  // Lines end in "\n"; a "\r" before it (a Windows-made file) is forgiven.
  const lines = body.split("\n");
  for (const [index, rawLine] of lines.entries()) {
    const line = new Cursor(rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine);
    try {
      line.skipBlanks();
      if (line.atEnd()) continue;
      if (line.peek() === "#") readComment(line, families);
      else readSample(line, families, seriesSeen);
    } catch (error) {
      // Whatever goes wrong, a scrape must fail with its line, never crash the collector.
      const reason = error instanceof LineError ? error.message : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
      return { ok: false, error: `line ${index + 1}: ${reason}` };
    }
  }
  return {
    ok: true,
    families: [...families.values()].map((draft) => ({
      name: draft.name,
      type: draft.type ?? "untyped",
      ...(draft.help === undefined ? {} : { help: draft.help }),
      samples: draft.samples,
    })),
  };
}

/** Parses a sample value or an `le`/`quantile` label the way Prometheus does (NaN, ±Inf included); null if it is not a number. */
export function parsePrometheusNumber(text: string): number | null {
  if (DECIMAL.test(text)) return Number(text);
  if (text.toLowerCase() === "nan") return Number.NaN;
  const infinity = INFINITY.exec(text);
  if (infinity) return infinity[1] === "-" ? -Infinity : Infinity;
  return null;
}

function readComment(line: Cursor, families: Map<string, FamilyDraft>): void {
  line.advance(1);
  line.skipBlanks();
  const keyword = line.token();
  // Any other comment is free text.
  if (keyword !== "HELP" && keyword !== "TYPE") return;
  line.skipBlanks();
  const name = line.match(METRIC_NAME);
  if (name === null || !line.atBlankOrEnd()) throw new LineError(`expected a metric name after # ${keyword}, got ${line.describeNext()}`);
  const family = families.get(name) ?? createFamily(families, name);
  if (keyword === "HELP") {
    if (family.help !== undefined) throw new LineError(`second HELP line for ${name}`);
    line.skipBlanks();
    family.help = unescapeHelp(line.rest());
    return;
  }
  if (family.type !== undefined) {
    throw new LineError(family.samples.length > 0 ? `TYPE line for ${name} comes after its samples` : `second TYPE line for ${name}`);
  }
  line.skipBlanks();
  const type = line.token();
  if (!isMetricType(type)) throw new LineError(`unknown metric type ${JSON.stringify(type)} for ${name} (expected ${METRIC_TYPES.join(", ")})`);
  line.skipBlanks();
  if (!line.atEnd()) throw new LineError(`unexpected ${line.describeNext()} after the type of ${name}`);
  family.type = type;
}

function readSample(line: Cursor, families: Map<string, FamilyDraft>, seriesSeen: Set<string>): void {
  const name = line.match(METRIC_NAME);
  if (name === null) throw new LineError(`expected a metric name, got ${line.describeNext()}`);
  if (line.peek() !== "{" && !line.atBlankOrEnd()) throw new LineError(`expected "{" or a space after the metric name ${name}, got ${line.describeNext()}`);
  line.skipBlanks();
  const hasLabels = line.peek() === "{";
  const labels = hasLabels ? readLabels(line) : new Map<string, string>();
  const after = hasLabels ? "the labels" : "the metric name";
  line.skipBlanks();
  const valueText = line.token();
  const value = parsePrometheusNumber(valueText);
  if (value === null) throw new LineError(`expected a number after ${after}, got ${valueText === "" ? "end of line" : JSON.stringify(valueText)}`);
  line.skipBlanks();
  let timestampMs: number | undefined;
  if (!line.atEnd()) {
    const timestampText = line.token();
    if (!TIMESTAMP.test(timestampText)) throw new LineError(`expected a timestamp in milliseconds after the value, got ${JSON.stringify(timestampText)}`);
    timestampMs = Number(timestampText);
    line.skipBlanks();
    if (!line.atEnd()) throw new LineError(`unexpected ${line.describeNext()} after the timestamp`);
  }

  const family = familyOfSample(families, name);
  checkAgainstFamily(family, name, labels);
  const seriesKey = `${name}{${[...labels].sort(([a], [b]) => (a < b ? -1 : 1)).map(([label, text]) => `${label}=${JSON.stringify(text)}`).join(",")}}`;
  if (seriesSeen.has(seriesKey)) throw new LineError(`duplicate series ${seriesKey}`);
  seriesSeen.add(seriesKey);
  if (family.type === undefined) family.type = "untyped";
  family.samples.push({ name, labels: Object.fromEntries(labels), value, ...(timestampMs === undefined ? {} : { timestampMs }) });
}

function readLabels(line: Cursor): Map<string, string> {
  const labels = new Map<string, string>();
  line.advance(1);
  for (;;) {
    line.skipBlanks();
    if (line.peek() === "}") break;
    const label = line.match(LABEL_NAME);
    if (label === null) throw new LineError(`expected a label name or "}", got ${line.describeNext()}`);
    if (label === "__name__") throw new LineError(`label name "__name__" is reserved`);
    if (labels.has(label)) throw new LineError(`duplicate label "${label}"`);
    line.skipBlanks();
    if (line.peek() !== "=") throw new LineError(`expected "=" after label "${label}", got ${line.describeNext()}`);
    line.advance(1);
    line.skipBlanks();
    if (line.peek() !== '"') throw new LineError(`expected a quoted value for label "${label}", got ${line.describeNext()}`);
    line.advance(1);
    labels.set(label, readLabelValue(line, label));
    line.skipBlanks();
    if (line.peek() === ",") {
      line.advance(1);
      continue;
    }
    if (line.peek() === "}") break;
    throw new LineError(`expected "," or "}" after label "${label}", got ${line.describeNext()}`);
  }
  line.advance(1);
  return labels;
}

const LABEL_ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', n: "\n" };

function readLabelValue(line: Cursor, label: string): string {
  let value = "";
  for (;;) {
    const char = line.peek();
    if (char === undefined) throw new LineError(`unterminated value for label "${label}"`);
    line.advance(1);
    if (char === '"') return value;
    if (char !== "\\") {
      value += char;
      continue;
    }
    const escaped = line.peek();
    const replacement = escaped === undefined ? undefined : LABEL_ESCAPES[escaped];
    if (replacement === undefined) throw new LineError(`invalid escape ${JSON.stringify(`\\${escaped ?? ""}`)} in the value of label "${label}" (only \\\\, \\" and \\n)`);
    line.advance(1);
    value += replacement;
  }
}

function unescapeHelp(text: string): string {
  return text.replace(/\\(.?)/g, (sequence: string, escaped: string) => {
    if (escaped === "\\") return "\\";
    if (escaped === "n") return "\n";
    throw new LineError(`invalid escape ${JSON.stringify(sequence)} in HELP text (only \\\\ and \\n)`);
  });
}

function familyOfSample(families: Map<string, FamilyDraft>, name: string): FamilyDraft {
  const own = families.get(name);
  if (own) return own;
  const summary = families.get(name.replace(/_(?:sum|count)$/, ""));
  if (summary?.type === "summary") return summary;
  const histogram = families.get(name.replace(/_(?:sum|count|bucket)$/, ""));
  if (histogram?.type === "histogram") return histogram;
  return createFamily(families, name);
}

/** A histogram's buckets need a numeric `le`, a summary's quantiles a numeric `quantile`. */
function checkAgainstFamily(family: FamilyDraft, name: string, labels: Map<string, string>): void {
  if (family.type === "histogram") {
    if (name === family.name) throw new LineError(`${name} is a histogram: expected ${name}_bucket, ${name}_sum or ${name}_count`);
    if (name === `${family.name}_bucket`) requireNumericLabel(name, labels, "le");
  }
  if (family.type === "summary" && name === family.name) requireNumericLabel(name, labels, "quantile");
}

function requireNumericLabel(name: string, labels: Map<string, string>, label: string): void {
  const text = labels.get(label);
  if (text === undefined) throw new LineError(`${name} needs an "${label}" label`);
  if (parsePrometheusNumber(text) === null) throw new LineError(`the "${label}" label of ${name} must be a number, got ${JSON.stringify(text)}`);
}

function createFamily(families: Map<string, FamilyDraft>, name: string): FamilyDraft {
  const family: FamilyDraft = { name, samples: [] };
  families.set(name, family);
  return family;
}

function isMetricType(text: string): text is MetricType {
  return (METRIC_TYPES as readonly string[]).includes(text);
}

/** Reads one line left to right; "blank" is a space or a tab, as in the format's grammar. */
class Cursor {
  private position = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  atBlankOrEnd(): boolean {
    return this.atEnd() || this.peek() === " " || this.peek() === "\t";
  }

  peek(): string | undefined {
    return this.text[this.position];
  }

  advance(count: number): void {
    this.position += count;
  }

  skipBlanks(): void {
    while (!this.atEnd() && this.atBlankOrEnd()) this.position += 1;
  }

  match(pattern: RegExp): string | null {
    const found = pattern.exec(this.text.slice(this.position));
    if (!found) return null;
    this.position += found[0].length;
    return found[0];
  }

  /** Everything up to the next blank. */
  token(): string {
    const start = this.position;
    while (!this.atBlankOrEnd()) this.position += 1;
    return this.text.slice(start, this.position);
  }

  rest(): string {
    const rest = this.text.slice(this.position);
    this.position = this.text.length;
    return rest;
  }

  describeNext(): string {
    if (this.atEnd()) return "end of line";
    const next = /^\S{1,20}/.exec(this.text.slice(this.position))?.[0] ?? this.text.slice(this.position, this.position + 1);
    return JSON.stringify(next);
  }
}
