/**
 * Rewind's command line, for admins on the machine that runs it. Works whether
 * or not Rewind is running: it joins the embedded Postgres when the server has
 * it up, starts it for the command otherwise, or uses DATABASE_URL.
 *
 *   npm run rewind -- token create --name NAME --role ROLE [--expires-in-days N]
 *   npm run rewind -- token list
 *   npm run rewind -- token revoke TOKEN_ID
 *   npm run rewind -- user create --email EMAIL --name NAME --role ROLE [--password PASSWORD]
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { createApiTokenSchema } from "@/lib/domain/schemas/api-tokens";
import { createUserSchema } from "@/lib/domain/schemas/users";
import { SYSTEM_ACTOR, type Actor } from "@/lib/server/auth/caller";
import { config } from "@/lib/server/config";
import { disconnectDb } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { logger } from "@/lib/server/observability/logger";
import { openDatabase } from "@/lib/server/runtime/open-database";
import { createApiToken } from "@/lib/server/services/create-api-token";
import { createUser } from "@/lib/server/services/create-user";
import { listApiTokens } from "@/lib/server/services/list-api-tokens";
import { revokeApiToken } from "@/lib/server/services/revoke-api-token";

const CLI_ACTOR: Actor = { ...SYSTEM_ACTOR, name: "rewind CLI" };
const USAGE = `Usage:
  npm run rewind -- token create --name NAME --role viewer|responder|commander|admin [--expires-in-days N]
  npm run rewind -- token list
  npm run rewind -- token revoke TOKEN_ID
  npm run rewind -- user create --email EMAIL --name NAME --role ROLE [--password PASSWORD]`;

type Command = (args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  "token create": async (args) => {
    const { values } = parseArgs({ args, options: { name: { type: "string" }, role: { type: "string" }, "expires-in-days": { type: "string" } } });
    const input = validate(createApiTokenSchema, {
      name: values.name,
      role: values.role,
      expiresInDays: values["expires-in-days"] === undefined ? undefined : Number(values["expires-in-days"]),
    });
    const { token, secret } = await createApiToken(CLI_ACTOR, input, null);
    console.error(`Created API token "${token.name}" (${token.role}, id ${token.id}). It is shown only once:`);
    console.log(secret);
  },
  "token list": async () => {
    const tokens = await listApiTokens(CLI_ACTOR);
    if (tokens.length === 0) console.log("No API tokens yet.");
    for (const token of tokens) {
      const status = token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt < new Date() ? "expired" : "active";
      console.log(`${token.id}  ${token.prefix}…  ${token.role.padEnd(9)}  ${status.padEnd(7)}  ${token.name}`);
    }
  },
  "token revoke": async (args) => {
    const { positionals } = parseArgs({ args, allowPositionals: true });
    const tokenId = validate(z.uuid("must be a token id"), positionals[0]);
    const token = await revokeApiToken(CLI_ACTOR, tokenId, null);
    console.log(`Revoked API token "${token.name}".`);
  },
  "user create": async (args) => {
    const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } } });
    const { user, generatedPassword } = await createUser(CLI_ACTOR, validate(createUserSchema, values), null);
    console.log(`Created ${user.role} ${user.email}${generatedPassword ? ` with password ${generatedPassword} (shown only once)` : ""}.`);
  },
};

async function main(): Promise<number> {
  const [group, action, ...rest] = process.argv.slice(2);
  const command = commands[`${group} ${action}`];
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase(config(), logger.child({ component: "cli" }));
  try {
    process.env.DATABASE_URL = database.url;
    await migrateDatabase(database.url, logger.child({ component: "cli" }));
    await command(rest);
    return 0;
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  --${issue.path.join(".") || "argument"}: ${issue.message}`);
  throw new Error(`invalid arguments\n${problems.join("\n")}\n\n${USAGE}`);
}

main().then((code) => process.exit(code));
