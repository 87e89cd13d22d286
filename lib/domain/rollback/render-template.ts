import { z } from "zod";

/**
 * Plan text with incident variables: `{{incident.title}}`, `{{ service.slug }}`.
 * Rendering is plain substitution from a flat map of dotted names; nothing in
 * a template is ever evaluated, so a plan cannot run code through it.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Anything between double braces is a placeholder; its inside must then be a dotted name. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A template that cannot be rendered: placeholders that are not names, or names without a value. */
export class TemplateError extends Error {
  constructor(
    readonly unknownVariables: string[],
    readonly malformedPlaceholders: string[],
  ) {
    super(describeProblems(unknownVariables, malformedPlaceholders));
    this.name = "TemplateError";
  }
}

function describeProblems(unknownVariables: string[], malformedPlaceholders: string[]): string {
  const parts: string[] = [];
  if (unknownVariables.length > 0) {
    parts.push(`unknown template ${unknownVariables.length === 1 ? "variable" : "variables"}: ${unknownVariables.join(", ")}`);
  }
  if (malformedPlaceholders.length > 0) {
    parts.push(`not a variable name: ${malformedPlaceholders.map((placeholder) => `{{${placeholder}}}`).join(", ")}`);
  }
  return parts.join("; ");
}

type Scan = { names: string[]; malformed: string[] };

function scan(template: string): Scan {
  const names: string[] = [];
  const malformed: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const inside = match[1] ?? "";
    const name = inside.trim();
    if (VARIABLE_NAME.test(name)) names.push(name);
    else malformed.push(inside);
  }
  return { names, malformed };
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** The variable names a template uses, in order of first use. */
export function templateVariableNames(template: string): string[] {
  return unique(scan(template).names);
}

/** Placeholders whose inside is not a dotted name (`{{ 1 + 1 }}`), for schema validation. */
export function malformedPlaceholders(template: string): string[] {
  return unique(scan(template).malformed);
}

/** Plan text that may hold placeholders; which names exist is checked when a run renders it. */
export function templateTextSchema(maxLength: number) {
  return z
    .string()
    .max(maxLength, `must be at most ${maxLength} characters`)
    .superRefine((template, context) => {
      const malformed = malformedPlaceholders(template);
      if (malformed.length > 0) context.addIssue({ code: "custom", message: new TemplateError([], malformed).message });
    });
}

/**
 * What is wrong with templates given the variable names a run will provide
 * (the plan editor validates with this); null when they all render.
 */
export function findTemplateProblems(templates: readonly string[], knownVariables: Iterable<string>): TemplateError | null {
  const known = new Set(knownVariables);
  const scans = templates.map(scan);
  const unknownVariables = unique(scans.flatMap(({ names }) => names.filter((name) => !known.has(name))));
  const malformed = unique(scans.flatMap(({ malformed }) => malformed));
  return unknownVariables.length === 0 && malformed.length === 0 ? null : new TemplateError(unknownVariables, malformed);
}

function assertRenderable(templates: readonly string[], variables: Readonly<Record<string, string>>): void {
  // Own keys only: "constructor" or "__proto__" must not resolve to Object.prototype's members.
  const problems = findTemplateProblems(templates, Object.keys(variables));
  if (problems) throw problems;
}

function substitute(template: string, variables: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_placeholder, inside: string) => variables[inside.trim()] ?? "");
}

/** Replaces every `{{name}}`; throws TemplateError naming every unknown variable at once. */
export function renderTemplate(template: string, variables: Readonly<Record<string, string>>): string {
  assertRenderable([template], variables);
  return substitute(template, variables);
}

/** Every string inside a JSON value, keys excepted. */
export function jsonTemplateStrings(value: JsonValue): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonTemplateStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(jsonTemplateStrings);
  return [];
}

/**
 * Renders every string inside a JSON value (a webhook body); keys, numbers,
 * booleans and null stay as they are. Throws TemplateError naming every
 * unknown variable of the whole value.
 */
export function renderJsonTemplate(value: JsonValue, variables: Readonly<Record<string, string>>): JsonValue {
  assertRenderable(jsonTemplateStrings(value), variables);
  const render = (node: JsonValue): JsonValue => {
    if (typeof node === "string") return substitute(node, variables);
    if (Array.isArray(node)) return node.map(render);
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, render(child)]));
    }
    return node;
  };
  return render(value);
}
