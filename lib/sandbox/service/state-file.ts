import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type DeploymentState, deploymentStateSchema } from "../control-api";
import { findRelease, type SandboxServiceDefinition } from "../fleet-definition";
import { initialDeploymentState, persistentPart } from "./deployment-state";

/**
 * One JSON file per service in the fleet's state directory, so a service the
 * supervisor restarts comes back with the versions it had.
 */
export function stateFilePath(stateDir: string, slug: string): string {
  return path.join(stateDir, `${slug}.json`);
}

/** A missing, unreadable or outdated file (a version the definition no longer has) starts from the initial state. */
export function loadDeploymentState(stateDir: string, service: SandboxServiceDefinition): DeploymentState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(stateFilePath(stateDir, service.slug), "utf8"));
  } catch {
    return initialDeploymentState(service);
  }
  const parsed = deploymentStateSchema.safeParse(raw);
  if (!parsed.success) return initialDeploymentState(service);
  const { blue, green } = parsed.data.slots;
  if (!findRelease(service, blue.version) || !findRelease(service, green.version)) return initialDeploymentState(service);
  return parsed.data;
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export function saveDeploymentState(stateDir: string, slug: string, state: DeploymentState): void {
  mkdirSync(stateDir, { recursive: true });
  const file = stateFilePath(stateDir, slug);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(persistentPart(state), null, 2)}\n`);
  renameSync(temporary, file);
}
