import { z } from "zod";

/** "Do X, then confirm": nothing runs; an operator does it and marks it done. */
export const manualParamsSchema = z.strictObject({
  instructions: z.string().trim().min(1, "say what the operator must do").max(4_000),
});
export type ManualParams = z.infer<typeof manualParamsSchema>;

export function describeManualParams(params: ManualParams): string {
  return `An operator does this by hand, then confirms: ${params.instructions}`;
}
