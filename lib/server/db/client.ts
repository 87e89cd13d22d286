import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/client";

const globalForDb = globalThis as unknown as { __rewindPrisma?: PrismaClient };

/** A client or an open transaction: queries accept either, so services decide the transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The process-wide Prisma client. Created on first use because DATABASE_URL is
 * only known once the embedded Postgres has started.
 */
export function db(): PrismaClient {
  if (!globalForDb.__rewindPrisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: the database was not started");
    globalForDb.__rewindPrisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString, max: 10 }),
      // A burst (fifty rollbacks starting at once, every step finishing) queues for the ten connections: wait rather than fail the commander's click.
      transactionOptions: { maxWait: 10_000, timeout: 15_000 },
    });
  }
  return globalForDb.__rewindPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.__rewindPrisma?.$disconnect();
  globalForDb.__rewindPrisma = undefined;
}
