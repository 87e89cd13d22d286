import "server-only";
import type { ValueOrSecret, SecretRef } from "@/lib/domain/rollback/secret-ref";
import type { Db } from "../../db/client";
import type { SecretResolver } from "../../integrations/rollback/action-executor";
import { findSealedSecret } from "../../queries/secrets";
import { openSecret } from "../../secrets/secret-box";
import { secretsKey } from "../../secrets/secrets-key";

export class MissingSecretError extends Error {
  constructor(readonly secretName: string) {
    super(`The secret "${secretName}" does not exist (Settings → Secrets)`);
    this.name = "MissingSecretError";
  }
}

/**
 * Decrypts secrets for one step as it runs, and remembers every value it
 * revealed so that the engine can scrub them from the step's log lines.
 */
export function secretRevealer(db: Db): SecretResolver & { scrub(text: string): string } {
  const revealed = new Set<string>();
  const reveal = async (ref: SecretRef) => {
    const row = await findSealedSecret(db, ref.secret);
    if (!row) throw new MissingSecretError(ref.secret);
    const value = openSecret(secretsKey(), row.name, row.ciphertext);
    // Very short values would turn ordinary words into "********"; they are not worth hiding from logs anyway.
    if (value.length >= 4) revealed.add(value);
    return value;
  };
  return {
    reveal,
    resolve: (value: ValueOrSecret) => (typeof value === "string" ? Promise.resolve(value) : reveal(value)),
    scrub(text: string) {
      let result = text;
      for (const value of revealed) result = result.split(value).join("********");
      return result;
    },
  };
}
