import { describe, expect, it } from "vitest";
import { parsePrometheusNumber, parsePrometheusText, type MetricFamily } from "./prometheus-text";

function parsed(body: string): MetricFamily[] {
  const result = parsePrometheusText(body);
  if (!result.ok) throw new Error(result.error);
  return result.families;
}

function parseError(body: string): string {
  const result = parsePrometheusText(body);
  if (result.ok) throw new Error("expected the body to be refused");
  return result.error;
}

describe("parsePrometheusText", () => {
  it("reads HELP, TYPE and samples into families", () => {
    const body = [
      "# HELP http_requests_total Requests answered.",
      "# TYPE http_requests_total counter",
      'http_requests_total{code="200",method="get"} 1027 1395066363000',
      'http_requests_total{code="500",method="post"} 3',
      "# A free comment",
      "",
      "# TYPE process_open_fds gauge",
      "process_open_fds 17",
      "",
    ].join("\n");
    expect(parsed(body)).toEqual([
      {
        name: "http_requests_total",
        type: "counter",
        help: "Requests answered.",
        samples: [
          { name: "http_requests_total", labels: { code: "200", method: "get" }, value: 1027, timestampMs: 1395066363000 },
          { name: "http_requests_total", labels: { code: "500", method: "post" }, value: 3 },
        ],
      },
      { name: "process_open_fds", type: "gauge", samples: [{ name: "process_open_fds", labels: {}, value: 17 }] },
    ]);
  });

  it("attaches a histogram's _bucket, _sum and _count series to it", () => {
    const body = [
      "# TYPE latency_seconds histogram",
      'latency_seconds_bucket{le="0.1"} 3',
      'latency_seconds_bucket{le="+Inf"} 5',
      "latency_seconds_sum 1.5",
      "latency_seconds_count 5",
    ].join("\n");
    const [family, ...others] = parsed(body);
    expect(others).toEqual([]);
    expect(family?.type).toBe("histogram");
    expect(family?.samples.map((sample) => sample.name)).toEqual(["latency_seconds_bucket", "latency_seconds_bucket", "latency_seconds_sum", "latency_seconds_count"]);
  });

  it("attaches a summary's quantiles, _sum and _count to it", () => {
    const body = '# TYPE rpc_seconds summary\nrpc_seconds{quantile="0.5"} 0.05\nrpc_seconds{quantile="0.99"} NaN\nrpc_seconds_sum 17\nrpc_seconds_count 300\n';
    const [family] = parsed(body);
    expect(family?.samples).toHaveLength(4);
    expect(family?.samples[1]?.value).toBeNaN();
  });

  it("keeps a family that is declared without samples", () => {
    expect(parsed("# HELP jobs_total Jobs run\n# TYPE jobs_total counter\n")).toEqual([{ name: "jobs_total", type: "counter", help: "Jobs run", samples: [] }]);
  });

  it("makes a sample without a TYPE line untyped", () => {
    expect(parsed("temperature 21.5\n")).toEqual([{ name: "temperature", type: "untyped", samples: [{ name: "temperature", labels: {}, value: 21.5 }] }]);
  });

  it("unescapes backslash, quote and newline in label values", () => {
    const [family] = parsed(String.raw`msdos_file_access_time_seconds{path="C:\\DIR\\FILE.TXT",error="Cannot find file:\n\"FILE.TXT\""} 1.458255915e9` + "\n");
    expect(family?.samples[0]?.labels).toEqual({ path: "C:\\DIR\\FILE.TXT", error: 'Cannot find file:\n"FILE.TXT"' });
    expect(family?.samples[0]?.value).toBe(1.458255915e9);
  });

  it("unescapes backslash and newline in HELP text", () => {
    expect(parsed(String.raw`# HELP odd A \\ and a\nbreak` + "\nodd 1\n")[0]?.help).toBe("A \\ and a\nbreak");
  });

  it("reads NaN, +Inf, -Inf and exponents", () => {
    const values = parsed("a NaN\nb +Inf\nc -Inf\nd 1e-3\ne -0.5\nf .5\n").map((family) => family.samples[0]?.value);
    expect(values).toEqual([Number.NaN, Infinity, -Infinity, 0.001, -0.5, 0.5]);
  });

  it("tolerates CRLF line ends, tabs, blanks around tokens, a trailing comma and no final newline", () => {
    const body = '# TYPE up gauge\r\n\tup { job = "api" , } \t1\r\nup{job="web"}0';
    expect(parsed(body)[0]?.samples).toEqual([
      { name: "up", labels: { job: "api" }, value: 1 },
      { name: "up", labels: { job: "web" }, value: 0 },
    ]);
  });

  it("reads an empty body as no families", () => {
    expect(parsed("")).toEqual([]);
    expect(parsed("\n\n# only a comment\n")).toEqual([]);
  });

  it.each([
    ["the lead's example: a label set left open", '# TYPE http_requests_total counter\nhttp_requests_total{code="200" 12\n', 'line 2: expected "," or "}" after label "code", got "12"'],
    ["a value that is not a number", 'a 1\nb 2\nc 3\nd 4\ne 5\nf 6\nhttp_requests_total{code="200"} abc\n', 'line 7: expected a number after the labels, got "abc"'],
    ["a missing value", "up\n", "line 1: expected a number after the metric name, got end of line"],
    ["a metric name starting with a digit", "1up 1\n", 'line 1: expected a metric name, got "1up"'],
    ["a bad character after the name", "up-time 1\n", 'line 1: expected "{" or a space after the metric name up, got "-time"'],
    ["an unterminated label value", 'up{job="api} 1\n', 'line 1: unterminated value for label "job"'],
    ["an unknown escape", String.raw`up{job="a\tb"} 1` + "\n", String.raw`line 1: invalid escape "\\t" in the value of label "job" (only \\, \" and \n)`],
    ["an unquoted label value", "up{job=api} 1\n", 'line 1: expected a quoted value for label "job", got "api}"'],
    ["a label without =", 'up{job "api"} 1\n', 'line 1: expected "=" after label "job", got "\\"api\\"}"'],
    ["a bad label name", 'up{1job="api"} 1\n', 'line 1: expected a label name or "}", got "1job=\\"api\\"}"'],
    ["a duplicate label", 'up{job="a",job="b"} 1\n', 'line 1: duplicate label "job"'],
    ["the reserved __name__ label", 'up{__name__="x"} 1\n', 'line 1: label name "__name__" is reserved'],
    ["a timestamp with a fraction", "up 1 1.5\n", 'line 1: expected a timestamp in milliseconds after the value, got "1.5"'],
    ["text after the timestamp", "up 1 1000 extra\n", 'line 1: unexpected "extra" after the timestamp'],
    ["an unknown type", "# TYPE up thing\n", 'line 1: unknown metric type "thing" for up (expected counter, gauge, histogram, summary, untyped)'],
    ["a TYPE without a name", "# TYPE\n", "line 1: expected a metric name after # TYPE, got end of line"],
    ["a second TYPE", "# TYPE up gauge\n# TYPE up counter\n", "line 2: second TYPE line for up"],
    ["a TYPE after the samples", "up 1\n# TYPE up gauge\n", "line 2: TYPE line for up comes after its samples"],
    ["a second HELP", "# HELP up a\n# HELP up b\n", "line 2: second HELP line for up"],
    ["an unknown escape in HELP", String.raw`# HELP up a\tb` + "\n", String.raw`line 1: invalid escape "\\t" in HELP text (only \\ and \n)`],
    ["a duplicate series", 'up{a="1",b="2"} 1\nup{b="2",a="1"} 1\n', 'line 2: duplicate series up{a="1",b="2"}'],
    ["a bucket without le", "# TYPE h histogram\nh_bucket 1\n", 'line 2: h_bucket needs an "le" label'],
    ["a bucket whose le is not a number", '# TYPE h histogram\nh_bucket{le="fast"} 1\n', 'line 2: the "le" label of h_bucket must be a number, got "fast"'],
    ["a histogram sample under its bare name", "# TYPE h histogram\nh 1\n", "line 2: h is a histogram: expected h_bucket, h_sum or h_count"],
    ["a summary quantile without a number", '# TYPE s summary\ns{quantile="high"} 1\n', 'line 2: the "quantile" label of s must be a number, got "high"'],
    ["a bad line after CRLF lines", "a 1\r\nb 2\r\nc{ 3\r\n", 'line 3: expected a label name or "}", got "3"'],
  ])("refuses %s, naming the line", (_case, body, error) => {
    expect(parseError(body)).toBe(error);
  });

  it("never throws, whatever the body", () => {
    // A deterministic pseudo-random stream of characters the grammar cares about.
    const alphabet = ['a', '_', '1', ' ', '\t', '{', '}', '=', '"', '\\', ',', '#', '\n', '\r', 'e', '+', '-', '.', 'I', 'n', 'f', 'N'];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let body = 0; body < 500; body += 1) {
      const text = Array.from({ length: 1 + (next() % 60) }, () => alphabet[next() % alphabet.length]).join("");
      const result = parsePrometheusText(text);
      if (!result.ok) expect(result.error).toMatch(/^line \d+: /);
    }
  });
});

describe("parsePrometheusNumber", () => {
  it.each([
    ["+Inf", Infinity],
    ["-Inf", -Infinity],
    ["inf", Infinity],
    ["0.25", 0.25],
    ["1e3", 1000],
  ])("reads %s", (text, value) => {
    expect(parsePrometheusNumber(text)).toBe(value);
  });

  it.each(["", "abc", "0x10", "1,5", "Infinityy"])("refuses %j", (text) => {
    expect(parsePrometheusNumber(text)).toBeNull();
  });
});
