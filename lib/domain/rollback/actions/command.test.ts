import { describe, expect, it } from "vitest";
import { commandParamsSchema, describeCommandParams } from "./command";

const scriptId = "4d6e4b7a-3c1f-4f4e-9a51-0b2c8d7e6f10";

describe("commandParamsSchema", () => {
  it("accepts a script id", () => {
    expect(commandParamsSchema.parse({ scriptId })).toEqual({ scriptId });
  });

  it("rejects an unknown key, naming it: a plan cannot add arguments or a shell string", () => {
    expect(commandParamsSchema.safeParse({ scriptId, argv: ["rm", "-rf", "/"] }).error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: ["argv"], path: [] })]);
    expect(commandParamsSchema.safeParse({ scriptId, command: "./rollback.sh" }).error?.issues).toEqual([expect.objectContaining({ keys: ["command"] })]);
  });

  it("refuses anything but a uuid", () => {
    for (const value of ["rollback.sh", "", 42, undefined]) {
      expect(commandParamsSchema.safeParse({ scriptId: value }).error?.issues, String(value)).toEqual([
        expect.objectContaining({ path: ["scriptId"], message: "must be the id of a registered runbook script" }),
      ]);
    }
  });
});

describe("describeCommandParams", () => {
  it("names the script when the editor knows it, else its id", () => {
    expect(describeCommandParams({ scriptId }, "Flush checkout cache")).toBe('Run the runbook script "Flush checkout cache"');
    expect(describeCommandParams({ scriptId })).toBe(`Run the runbook script ${scriptId}`);
  });
});
