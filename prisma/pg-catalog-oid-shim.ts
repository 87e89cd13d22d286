/**
 * Workaround for prisma/orm#27403: @prisma/adapter-pg cannot deserialize the
 * Postgres `name` (OID 19) and `"char"` (OID 18) column types that the schema
 * engine's catalog queries return, so every `prisma migrate` command fails with
 * "Column type 'name' could not be deserialized from the database".
 * Reporting both as `text` (OID 25) is lossless for those queries.
 * Loaded by prisma.config.ts only (the CLI), never by the application.
 * Delete this file once the upstream issue is fixed.
 */
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldDescription = { dataTypeID: number };
type ResultPrototype = { addFields(fields: FieldDescription[]): void };

const prototype = pg.Result.prototype as unknown as ResultPrototype;
const addFields = prototype.addFields;

prototype.addFields = function patchedAddFields(this: unknown, fields: FieldDescription[]) {
  for (const field of fields) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return addFields.call(this, fields);
};
