import "server-only";
import { z } from "zod";
import { config } from "../../config";
import type { Db } from "../../db/client";
import { readSetting, writeSetting } from "../../queries/app-settings";

const FLEET_SETTING = "demo.fleet";
const fleetSchema = z.array(z.object({ slug: z.string(), baseUrl: z.string() }));
export type DemoFleetEntry = z.infer<typeof fleetSchema>[number];

/** REWIND_DEMO=off runs Rewind without the sandbox fleet. */
export function demoEnabled(): boolean {
  return config().REWIND_DEMO;
}

/** Where the running fleet answers, stored so that any instance's "Deploy a bad release" reaches it. */
export async function readDemoFleet(db: Db): Promise<DemoFleetEntry[]> {
  const stored = await readSetting(db, FLEET_SETTING);
  if (!stored) return [];
  const parsed = fleetSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : [];
}

export function writeDemoFleet(db: Db, fleet: readonly DemoFleetEntry[]) {
  return writeSetting(db, FLEET_SETTING, JSON.stringify(fleet));
}
