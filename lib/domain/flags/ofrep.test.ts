import { describe, expect, it } from "vitest";
import { evaluateFeatureFlag, ifNoneMatchMatches, readOfrepContext } from "./ofrep";

const flag = { key: "checkout.new-flow", description: null, enabled: true, onValue: "blue", offValue: "grey", killSwitch: true, sets: ["checkout", "payments"], version: 4 };

describe("evaluateFeatureFlag", () => {
  it("serves the on value, STATIC, while enabled", () => {
    expect(evaluateFeatureFlag(flag)).toEqual({ key: "checkout.new-flow", value: "blue", reason: "STATIC", variant: "on", metadata: { version: 4, killSwitch: true, sets: "checkout,payments" } });
  });

  it("serves the off value, DISABLED, while disabled, with the description as metadata", () => {
    expect(evaluateFeatureFlag({ ...flag, enabled: false, sets: [], description: "Back at 14:00" })).toEqual({
      key: "checkout.new-flow",
      value: "grey",
      reason: "DISABLED",
      variant: "off",
      metadata: { version: 4, killSwitch: true, description: "Back at 14:00" },
    });
  });
});

describe("readOfrepContext", () => {
  it("takes an empty body, an empty object, or a context object", () => {
    expect(readOfrepContext("")).toEqual({ ok: true, context: {} });
    expect(readOfrepContext("{}")).toEqual({ ok: true, context: {} });
    expect(readOfrepContext('{"context":{"targetingKey":"u1","plan":"pro"}}')).toEqual({ ok: true, context: { targetingKey: "u1", plan: "pro" } });
  });

  it("answers PARSE_ERROR for malformed JSON and INVALID_CONTEXT for a context that is not an object", () => {
    expect(readOfrepContext("{nope")).toMatchObject({ ok: false, problem: { errorCode: "PARSE_ERROR" } });
    expect(readOfrepContext("[1]")).toMatchObject({ ok: false, problem: { errorCode: "PARSE_ERROR" } });
    expect(readOfrepContext('{"context":"all"}')).toEqual({ ok: false, problem: { errorCode: "INVALID_CONTEXT", errorDetails: "context must be a JSON object" } });
    expect(readOfrepContext('{"context":{"targetingKey":7}}')).toMatchObject({ ok: false, problem: { errorCode: "INVALID_CONTEXT", errorDetails: "context.targetingKey must be a string" } });
  });
});

describe("ifNoneMatchMatches", () => {
  it("compares entity tags weakly, in a list, or any with *", () => {
    expect(ifNoneMatchMatches('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchMatches('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchMatches("*", '"abc"')).toBe(true);
    expect(ifNoneMatchMatches('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatchMatches(null, '"abc"')).toBe(false);
  });
});
