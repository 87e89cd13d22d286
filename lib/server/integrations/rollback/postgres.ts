import "server-only";
import type { PostgresParams } from "@/lib/domain/rollback/actions/postgres";
import type { ActionExecutor } from "./action-executor";
import { publicRowCounts, resolvePostgresTarget, serverVersion, withClient } from "./postgres-connection";
import { takeSafetyDump } from "./postgres-dump";
import { previewPostgres } from "./postgres-preview";
import { restoreDatabase, runMigrationDown } from "./postgres-restore";
import { validateBackup } from "./postgres-validate";

/**
 * PostgreSQL steps: safety dump, backup validation in a scratch database,
 * restore, and a migration-down command. Client tools run from argv arrays
 * (see postgres-tools.ts); the database URL comes from a secret and is
 * scrubbed from every line logged.
 */
export const postgresExecutor: ActionExecutor<PostgresParams> = {
  kind: "postgres",

  // A resumed safety dump finds the file it already wrote; a validation only touches its own scratch database.
  resumable: (params) => params.operation === "safety_dump" || params.operation === "validate_backup",

  preview: previewPostgres,

  async execute(params, context) {
    const target = await resolvePostgresTarget(context.secrets, params.database);
    switch (params.operation) {
      case "safety_dump":
        return takeSafetyDump(params, context, target);
      case "validate_backup":
        return validateBackup(params, context, target);
      case "restore":
        return restoreDatabase(params, context, target);
      case "migration_down":
        return runMigrationDown(params, context, target);
    }
  },

  async capture(params, env) {
    const target = await resolvePostgresTarget(env.secrets, params.database);
    const state = await withClient(target, env.signal, async (client) => ({
      database: target.database,
      serverVersion: await serverVersion(client),
      capturedAt: new Date().toISOString(),
      rowCounts: await publicRowCounts(client),
    }));
    return { label: `PostgreSQL database ${target.database}`, data: state };
  },
};
