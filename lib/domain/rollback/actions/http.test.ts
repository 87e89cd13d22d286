import { describe, expect, it } from "vitest";
import { describeExpectedStatus, describeHttpParams, httpParamsSchema, isExpectedStatus } from "./http";

const unleashOff = {
  method: "POST",
  url: "https://unleash.example.com/api/admin/projects/default/features/new-checkout/environments/production/off",
  headers: { Authorization: { secret: "unleash-admin-token" }, "X-Incident": "{{incident.key}}" },
};

const issuesOf = (input: unknown) => httpParamsSchema.safeParse(input).error?.issues ?? [];

describe("httpParamsSchema", () => {
  it("accepts an Unleash kill call with a secret header, and a templated status-page call with a body", () => {
    expect(httpParamsSchema.parse(unleashOff)).toEqual(unleashOff);
    const statusPage = {
      method: "PATCH",
      url: "https://status.example.com/api/incidents/{{ incident.key }}",
      body: { status: "identified", message: "Rolling back {{service.name}}", components: ["checkout"], notify: true },
      expectedStatus: [200, 204],
      timeoutSeconds: 10,
    };
    expect(httpParamsSchema.parse(statusPage)).toEqual(statusPage);
  });

  it("rejects an unknown key, naming it", () => {
    expect(issuesOf({ ...unleashOff, retries: 3 })).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["retries"], path: [] })]);
  });

  it("refuses credentials in the URL, bad URLs and a body with GET", () => {
    expect(issuesOf({ method: "GET", url: "https://user:pw@example.com/" })).toEqual([expect.objectContaining({ path: ["url"], message: expect.stringContaining("secret reference") })]);
    expect(issuesOf({ method: "GET", url: "ftp://example.com/" })).toEqual([expect.objectContaining({ path: ["url"], message: "must start with http:// or https://" })]);
    expect(issuesOf({ method: "GET", url: "https://example.com/", body: { a: 1 } })).toEqual([expect.objectContaining({ path: ["body"], message: "is not allowed with GET" })]);
  });

  it("refuses malformed placeholders in the URL, headers and body", () => {
    const issues = issuesOf({ method: "POST", url: "https://example.com/{{ 1+1 }}", headers: { "X-A": "{{a b}}" }, body: { a: ["{{ x() }}"] } });
    expect(issues.map((issue) => issue.path)).toEqual([["url"], ["headers", "X-A"], ["body"]]);
    expect(issues[2]?.message).toBe("not a variable name: {{ x() }}");
  });

  it("refuses the idempotency header, which Rewind sets, bad header names and a header given twice", () => {
    const issues = issuesOf({ method: "POST", url: "https://example.com/", headers: { "Idempotency-Key": "x", "Bad Name": "y", accept: "a", Accept: "b" } });
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["headers.Idempotency-Key", "is set by Rewind"],
      ["headers.Bad Name", "must be an HTTP header name"],
      ["headers.Accept", "is given twice"],
    ]);
  });

  it("refuses a body over 100,000 characters", () => {
    expect(issuesOf({ method: "POST", url: "https://example.com/", body: { text: "x".repeat(100_000) } })).toEqual([
      expect.objectContaining({ path: ["body"], message: "must be at most 100000 characters as JSON" }),
    ]);
  });

  it("refuses statuses outside 100..599 and an unknown method", () => {
    expect(issuesOf({ method: "HEAD", url: "https://example.com/", expectedStatus: [200, 700] }).map((issue) => issue.path)).toEqual([["method"], ["expectedStatus", 1]]);
  });
});

describe("expected status", () => {
  it("defaults to any 2xx, and otherwise matches one status or a list", () => {
    expect([199, 200, 204, 299, 300].map((status) => isExpectedStatus(status, undefined))).toEqual([false, true, true, true, false]);
    expect(isExpectedStatus(202, 202)).toBe(true);
    expect(isExpectedStatus(200, [201, 204])).toBe(false);
    expect([undefined, 204, [204], [200, 201, 204]].map((expected) => describeExpectedStatus(expected))).toEqual(["2xx", "204", "204", "200, 201 or 204"]);
  });
});

describe("describeHttpParams", () => {
  it("says what is sent where, naming secret headers but no values", () => {
    expect(describeHttpParams(httpParamsSchema.parse(unleashOff))).toBe(
      "Send POST https://unleash.example.com/api/admin/projects/default/features/new-checkout/environments/production/off, authenticated by the secret header Authorization, expecting HTTP 2xx",
    );
    expect(describeHttpParams(httpParamsSchema.parse({ method: "PUT", url: "https://cdn.example.com/purge", body: {}, expectedStatus: 202 }))).toBe(
      "Send PUT https://cdn.example.com/purge with a JSON body, expecting HTTP 202",
    );
  });
});
