import { z } from "zod";

/**
 * Runs an admin-registered runbook script (Settings → Scripts). A plan names
 * the script by id only: its argv, working directory, environment and timeout
 * are fixed by the admin, so a plan editor can never compose a command line.
 */
export const commandParamsSchema = z.strictObject({
  scriptId: z.uuid("must be the id of a registered runbook script"),
});
export type CommandParams = z.infer<typeof commandParamsSchema>;

/** The plan editor passes the script's name when it knows it. */
export function describeCommandParams(params: CommandParams, scriptName?: string): string {
  return scriptName ? `Run the runbook script "${scriptName}"` : `Run the runbook script ${params.scriptId}`;
}
