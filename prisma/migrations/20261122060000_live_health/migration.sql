-- CreateEnum
CREATE TYPE "HealthSourceKind" AS ENUM ('http_probe', 'prometheus_scrape', 'prometheus_query');

-- CreateEnum
CREATE TYPE "HealthSignalKind" AS ENUM ('error_rate', 'latency_regression', 'unavailable', 'failed_health_checks');

-- CreateEnum
CREATE TYPE "ServiceChangeKind" AS ENUM ('deploy', 'rollback');

-- CreateEnum
CREATE TYPE "AlertSource" AS ENUM ('alertmanager', 'webhook');

-- CreateTable
CREATE TABLE "HealthSource" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" "HealthSourceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 5,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "carry" JSONB,
    "lastCollectedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthSample" (
    "id" BIGSERIAL NOT NULL,
    "serviceId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "requestRate" DOUBLE PRECISION,
    "errorRate" DOUBLE PRECISION,
    "p95Ms" DOUBLE PRECISION,
    "latencyMs" DOUBLE PRECISION,
    "version" TEXT,
    "error" TEXT,

    CONSTRAINT "HealthSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthRollup" (
    "serviceId" UUID NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "samples" INTEGER NOT NULL,
    "okSamples" INTEGER NOT NULL,
    "requestRate" DOUBLE PRECISION,
    "errorRate" DOUBLE PRECISION,
    "p95Ms" DOUBLE PRECISION,

    CONSTRAINT "HealthRollup_pkey" PRIMARY KEY ("serviceId","minute")
);

-- CreateTable
CREATE TABLE "ServiceThresholds" (
    "serviceId" UUID NOT NULL,
    "errorRatePercent" DOUBLE PRECISION NOT NULL DEFAULT 5,
    "p95IncreasePercent" DOUBLE PRECISION NOT NULL DEFAULT 50,
    "unavailableMinutes" DOUBLE PRECISION NOT NULL DEFAULT 5,
    "failedChecks" INTEGER NOT NULL DEFAULT 3,
    "baselineMinutes" INTEGER NOT NULL DEFAULT 30,
    "declareIncident" BOOLEAN NOT NULL DEFAULT false,
    "autoRollback" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceThresholds_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "HealthSignal" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" "HealthSignalKind" NOT NULL,
    "message" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "threshold" DOUBLE PRECISION,
    "severity" "Severity" NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clearedAt" TIMESTAMP(3),
    "incidentId" UUID,

    CONSTRAINT "HealthSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceChange" (
    "id" BIGSERIAL NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" "ServiceChangeKind" NOT NULL,
    "fromVersion" TEXT,
    "toVersion" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,

    CONSTRAINT "ServiceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertGroup" (
    "id" UUID NOT NULL,
    "source" "AlertSource" NOT NULL,
    "groupKey" TEXT NOT NULL,
    "serviceId" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceivedAlert" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "alertName" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "annotations" JSONB NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceivedAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HealthSource_serviceId_idx" ON "HealthSource"("serviceId");

-- CreateIndex
CREATE INDEX "HealthSample_serviceId_at_idx" ON "HealthSample"("serviceId", "at");

-- CreateIndex
CREATE INDEX "HealthSample_at_idx" ON "HealthSample"("at");

-- CreateIndex
CREATE INDEX "HealthRollup_minute_idx" ON "HealthRollup"("minute");

-- CreateIndex
CREATE INDEX "HealthSignal_serviceId_clearedAt_idx" ON "HealthSignal"("serviceId", "clearedAt");

-- CreateIndex
CREATE INDEX "ServiceChange_serviceId_at_idx" ON "ServiceChange"("serviceId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "AlertGroup_source_groupKey_key" ON "AlertGroup"("source", "groupKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReceivedAlert_groupId_fingerprint_key" ON "ReceivedAlert"("groupId", "fingerprint");

-- AddForeignKey
ALTER TABLE "HealthSource" ADD CONSTRAINT "HealthSource_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSample" ADD CONSTRAINT "HealthSample_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSample" ADD CONSTRAINT "HealthSample_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "HealthSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthRollup" ADD CONSTRAINT "HealthRollup_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceThresholds" ADD CONSTRAINT "ServiceThresholds_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSignal" ADD CONSTRAINT "HealthSignal_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthSignal" ADD CONSTRAINT "HealthSignal_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceChange" ADD CONSTRAINT "ServiceChange_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertGroup" ADD CONSTRAINT "AlertGroup_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertGroup" ADD CONSTRAINT "AlertGroup_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceivedAlert" ADD CONSTRAINT "ReceivedAlert_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AlertGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceivedAlert" ADD CONSTRAINT "ReceivedAlert_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

