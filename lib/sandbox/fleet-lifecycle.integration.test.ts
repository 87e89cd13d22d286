import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { sandboxControlClient } from "./sandbox-control-client";
import { pollUntil } from "@/lib/testing/poll-until";

const servicesLineSchema = z.object({ services: z.array(z.object({ slug: z.string(), baseUrl: z.string() })) });

const cleanUps: Array<() => void> = [];
afterEach(() => {
  for (const cleanUp of cleanUps.splice(0)) cleanUp();
});

/** The fleet in a process of its own (lib/sandbox/run-fleet.ts), with the pids of its services. */
async function startFleetProcess(): Promise<{ runner: ChildProcess; servicePids: number[] }> {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "rewind-sandbox-"));
  const runner = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "run-fleet.ts"), "--state-dir", stateDir, "--traffic", "0"], {
    cwd: path.resolve(__dirname, "..", ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  cleanUps.push(() => {
    runner.kill("SIGKILL");
    rmSync(stateDir, { recursive: true, force: true });
  });
  const services = await new Promise<z.infer<typeof servicesLineSchema>["services"]>((resolve, reject) => {
    runner.once("exit", (code) => reject(new Error(`the fleet process exited (${code}) before it was ready`)));
    createInterface({ input: runner.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const parsed = servicesLineSchema.safeParse(safeJson(line));
      if (parsed.success) resolve(parsed.data.services);
    });
  });
  const servicePids = await Promise.all(services.map(async ({ baseUrl }) => (await sandboxControlClient(baseUrl).state()).pid));
  return { runner, servicePids };
}

describe("sandbox fleet processes", () => {
  it("stop() ends every service process before it resolves", async () => {
    const { runner, servicePids } = await startFleetProcess();
    expect(servicePids.every(isRunning)).toBe(true);
    const exited = new Promise<number | null>((resolve) => runner.once("exit", resolve));
    // run-fleet.ts answers SIGTERM with fleet.stop(), then exits.
    runner.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(servicePids.filter(isRunning)).toEqual([]);
  });

  it("ends its services when the process that started them dies", async () => {
    const { runner, servicePids } = await startFleetProcess();
    expect(servicePids.every(isRunning)).toBe(true);
    runner.kill("SIGKILL");
    await pollUntil("every service to exit", () => (servicePids.some(isRunning) ? undefined : true));
  });
});

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/** Alive and not a zombie waiting for a parent that will never reap it. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
