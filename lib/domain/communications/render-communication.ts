import { INCIDENT_VARIABLES, type IncidentVariables } from "./incident-variables";

/**
 * Fills a template's `{{name}}` placeholders with incident variables. Nothing
 * in a template is evaluated. A variable without a value is written as a
 * bracketed blank ("[Service restored time]"), the seeds' own way of marking
 * what a person must fill in, and listed in `missing`.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g;

export type MissingVariable = { name: string; label: string };

export type RenderedCommunication = {
  subject: string | null;
  body: string;
  /** In order of first use, each once. */
  missing: MissingVariable[];
};

function labelOf(name: string): string {
  return Object.hasOwn(INCIDENT_VARIABLES, name) ? ((INCIDENT_VARIABLES as Record<string, string>)[name] ?? name) : name;
}

function fill(text: string, variables: Partial<IncidentVariables>, missing: Map<string, MissingVariable>): string {
  return text.replace(PLACEHOLDER, (_placeholder, name: string) => {
    // Own keys only: "constructor" must not resolve to Object.prototype's member.
    const value = Object.hasOwn(variables, name) ? (variables as Record<string, string | null>)[name] : null;
    if (value !== null && value !== undefined) return value;
    if (!missing.has(name)) missing.set(name, { name, label: labelOf(name) });
    return `[${labelOf(name)}]`;
  });
}

export function renderCommunication(template: { subject: string | null; body: string }, variables: Partial<IncidentVariables>): RenderedCommunication {
  const missing = new Map<string, MissingVariable>();
  // A subject is one line, whatever a variable (an incident title) holds.
  const subject = template.subject === null ? null : fill(template.subject, variables, missing).replace(/[\r\n]+/g, " ");
  const body = fill(template.body, variables, missing);
  return { subject, body, missing: [...missing.values()] };
}
