import { describe, expect, it } from "vitest";
import {
  findTemplateProblems,
  malformedPlaceholders,
  renderJsonTemplate,
  renderTemplate,
  TemplateError,
  templateVariableNames,
} from "./render-template";

const variables = { "incident.title": "Checkout errors", "incident.key": "INC-42", "service.slug": "checkout-api" };

describe("renderTemplate", () => {
  it("substitutes dotted names, with or without spaces inside the braces", () => {
    expect(renderTemplate("{{incident.key}}: {{ incident.title }} on {{  service.slug}}", variables)).toBe("INC-42: Checkout errors on checkout-api");
  });

  it("leaves text without placeholders, and single braces, as they are", () => {
    expect(renderTemplate('{"a": {b}} and } {', variables)).toBe('{"a": {b}} and } {');
  });

  it("inserts values verbatim, without rendering placeholders inside them", () => {
    expect(renderTemplate("{{incident.title}}", { "incident.title": "{{service.slug}} $& $1" })).toBe("{{service.slug}} $& $1");
  });

  it("names every unknown variable in one error", () => {
    const error = (() => {
      try {
        renderTemplate("{{incident.titel}} {{service.slug}} {{run.id}} {{incident.titel}}", variables);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ unknownVariables: ["incident.titel", "run.id"], message: "unknown template variables: incident.titel, run.id" });
  });

  it("does not resolve names through the object prototype", () => {
    expect(() => renderTemplate("{{constructor}} {{toString}}", variables)).toThrow("unknown template variables: constructor, toString");
  });

  it("refuses placeholders that are not names, so nothing is ever evaluated", () => {
    expect(() => renderTemplate("{{ process.exit(1) }} {{1 + 1}}", variables)).toThrow("not a variable name: {{ process.exit(1) }}, {{1 + 1}}");
    expect(malformedPlaceholders("{{ a.b }} {{a..b}} {{}}")).toEqual(["a..b", ""]);
  });
});

describe("templateVariableNames and findTemplateProblems", () => {
  it("lists the names a template uses once, in order", () => {
    expect(templateVariableNames("{{ b }} {{a.c}} {{b}}")).toEqual(["b", "a.c"]);
  });

  it("validates templates against the names a run provides, for the plan editor", () => {
    expect(findTemplateProblems(["{{incident.title}}", "{{service.slug}}"], ["incident.title", "service.slug"])).toBeNull();
    const problems = findTemplateProblems(["{{incident.title}}", "{{run.mode}} {{ oops! }}"], ["incident.title"]);
    expect(problems).toMatchObject({ unknownVariables: ["run.mode"], malformedPlaceholders: [" oops! "] });
    expect(problems?.message).toBe("unknown template variable: run.mode; not a variable name: {{ oops! }}");
  });
});

describe("renderJsonTemplate", () => {
  it("renders every string in the value and leaves keys and other values alone", () => {
    const body = {
      "{{incident.key}}": "{{incident.title}}",
      nested: [{ text: "Rolling back {{service.slug}}" }, 3, true, null],
      count: 2,
    };
    expect(renderJsonTemplate(body, variables)).toEqual({
      "{{incident.key}}": "Checkout errors",
      nested: [{ text: "Rolling back checkout-api" }, 3, true, null],
      count: 2,
    });
  });

  it("renders a bare string", () => {
    expect(renderJsonTemplate("{{incident.key}}", variables)).toBe("INC-42");
  });

  it("names the unknown variables of the whole value at once", () => {
    expect(() => renderJsonTemplate({ a: "{{x.y}}", b: ["{{z}}"] }, variables)).toThrow("unknown template variables: x.y, z");
  });
});
