import "server-only";

/**
 * Matched by Prisma's error code rather than `instanceof`: the custom server
 * and the Next.js bundle may each hold their own copy of the client classes.
 */
function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return prismaErrorCode(error) === "P2002";
}

export function isRecordNotFound(error: unknown): boolean {
  return prismaErrorCode(error) === "P2025";
}
