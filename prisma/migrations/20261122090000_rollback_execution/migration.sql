-- CreateEnum
CREATE TYPE "RollbackPlanType" AS ENUM ('application', 'partial', 'database', 'configuration', 'feature_flag', 'code', 'emergency_recovery');

-- CreateEnum
CREATE TYPE "RollbackRunMode" AS ENUM ('live', 'drill');

-- CreateEnum
CREATE TYPE "RollbackRunTrigger" AS ENUM ('manual', 'automatic');

-- CreateEnum
CREATE TYPE "RollbackRunStatus" AS ENUM ('running', 'waiting', 'paused', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('not_started', 'running', 'passed', 'failed', 'skipped');

-- CreateEnum
CREATE TYPE "RollbackStepStatus" AS ENUM ('pending', 'awaiting_confirmation', 'awaiting_approval', 'awaiting_operator', 'queued', 'running', 'succeeded', 'failed', 'skipped', 'cancelled', 'outcome_unknown');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ServiceChangeKind" ADD VALUE 'rollback_started';
ALTER TYPE "ServiceChangeKind" ADD VALUE 'verification_passed';
ALTER TYPE "ServiceChangeKind" ADD VALUE 'verification_failed';

-- CreateTable
CREATE TABLE "Secret" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "ciphertext" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Secret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunbookScript" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "argv" JSONB NOT NULL,
    "workingDirectory" TEXT NOT NULL,
    "env" JSONB NOT NULL DEFAULT '{}',
    "timeoutSeconds" INTEGER NOT NULL DEFAULT 300,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RunbookScript_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeatureFlag" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "onValue" JSONB NOT NULL DEFAULT 'true',
    "offValue" JSONB NOT NULL DEFAULT 'false',
    "killSwitch" BOOLEAN NOT NULL DEFAULT false,
    "sets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeatureFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackPlan" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "type" "RollbackPlanType" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "steps" JSONB NOT NULL DEFAULT '[]',
    "verification" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RollbackPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackRun" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "incidentId" UUID,
    "planSnapshot" JSONB NOT NULL,
    "mode" "RollbackRunMode" NOT NULL,
    "trigger" "RollbackRunTrigger" NOT NULL,
    "status" "RollbackRunStatus" NOT NULL DEFAULT 'running',
    "reason" TEXT NOT NULL,
    "startedById" UUID,
    "startedByName" TEXT NOT NULL,
    "overrodeConcurrent" BOOLEAN NOT NULL DEFAULT false,
    "recoveryOfRunId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "capture" JSONB,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'not_started',
    "verification" JSONB,
    "longRunningAlertedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RollbackRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackStepRun" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "status" "RollbackStepStatus" NOT NULL DEFAULT 'pending',
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "confirmedById" UUID,
    "confirmedByName" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "approvedById" UUID,
    "approvedByName" TEXT,
    "approvedAt" TIMESTAMP(3),
    "instanceId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "result" JSONB,
    "error" TEXT,
    "skipReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RollbackStepRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackStepLog" (
    "id" BIGSERIAL NOT NULL,
    "runId" UUID NOT NULL,
    "stepRunId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "level" TEXT NOT NULL,
    "line" TEXT NOT NULL,

    CONSTRAINT "RollbackStepLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Secret_name_key" ON "Secret"("name");

-- CreateIndex
CREATE UNIQUE INDEX "RunbookScript_name_key" ON "RunbookScript"("name");

-- CreateIndex
CREATE UNIQUE INDEX "FeatureFlag_key_key" ON "FeatureFlag"("key");

-- CreateIndex
CREATE INDEX "FeatureFlag_sets_idx" ON "FeatureFlag" USING GIN ("sets");

-- CreateIndex
CREATE INDEX "RollbackPlan_serviceId_type_idx" ON "RollbackPlan"("serviceId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "RollbackPlan_serviceId_name_key" ON "RollbackPlan"("serviceId", "name");

-- CreateIndex
CREATE INDEX "RollbackRun_serviceId_status_idx" ON "RollbackRun"("serviceId", "status");

-- CreateIndex
CREATE INDEX "RollbackRun_incidentId_idx" ON "RollbackRun"("incidentId");

-- CreateIndex
CREATE INDEX "RollbackRun_status_createdAt_idx" ON "RollbackRun"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RollbackStepRun_idempotencyKey_key" ON "RollbackStepRun"("idempotencyKey");

-- CreateIndex
CREATE INDEX "RollbackStepRun_status_heartbeatAt_idx" ON "RollbackStepRun"("status", "heartbeatAt");

-- CreateIndex
CREATE UNIQUE INDEX "RollbackStepRun_runId_position_key" ON "RollbackStepRun"("runId", "position");

-- CreateIndex
CREATE INDEX "RollbackStepLog_runId_id_idx" ON "RollbackStepLog"("runId", "id");

-- AddForeignKey
ALTER TABLE "RollbackPlan" ADD CONSTRAINT "RollbackPlan_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackRun" ADD CONSTRAINT "RollbackRun_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RollbackPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackRun" ADD CONSTRAINT "RollbackRun_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackRun" ADD CONSTRAINT "RollbackRun_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackStepRun" ADD CONSTRAINT "RollbackStepRun_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RollbackRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackStepLog" ADD CONSTRAINT "RollbackStepLog_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RollbackRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackStepLog" ADD CONSTRAINT "RollbackStepLog_stepRunId_fkey" FOREIGN KEY ("stepRunId") REFERENCES "RollbackStepRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

