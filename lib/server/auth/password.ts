import "server-only";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 12;
/** Compared against when an account does not exist, so both paths take as long. */
let unknownAccountHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? (await (unknownAccountHash ??= bcrypt.hash("rewind-unknown-account", COST))));
  return hash !== null && matches;
}

export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
