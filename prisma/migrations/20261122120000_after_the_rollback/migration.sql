-- CreateEnum
CREATE TYPE "MitigationKind" AS ENUM ('rollback', 'hotfix', 'feature_flag', 'config_change', 'other');

-- CreateEnum
CREATE TYPE "PostMortemStatus" AS ENUM ('draft', 'in_review', 'published');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'in_progress', 'done', 'wont_do');

-- CreateEnum
CREATE TYPE "CommunicationChannelKind" AS ENUM ('chat_webhook', 'email', 'status_webhook');

-- CreateEnum
CREATE TYPE "CommunicationMessageStatus" AS ENUM ('sent', 'failed');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "mitigation" "MitigationKind",
ADD COLUMN     "restoredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Checklist" ADD COLUMN     "anchorAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "autoCheck" TEXT;

-- CreateTable
CREATE TABLE "PostMortem" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "status" "PostMortemStatus" NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "publishedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostMortem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostMortemActionItem" (
    "id" UUID NOT NULL,
    "postMortemId" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID,
    "dueAt" TIMESTAMP(3),
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "doneAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostMortemActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationChannel" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommunicationChannelKind" NOT NULL,
    "config" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunicationChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationMessage" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "channelId" UUID,
    "channelName" TEXT NOT NULL,
    "channelKind" "CommunicationChannelKind" NOT NULL,
    "templateKey" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "status" "CommunicationMessageStatus" NOT NULL,
    "error" TEXT,
    "sentById" UUID,
    "sentByName" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PostMortem_incidentId_key" ON "PostMortem"("incidentId");

-- CreateIndex
CREATE INDEX "PostMortem_status_idx" ON "PostMortem"("status");

-- CreateIndex
CREATE INDEX "PostMortemActionItem_postMortemId_idx" ON "PostMortemActionItem"("postMortemId");

-- CreateIndex
CREATE INDEX "PostMortemActionItem_ownerId_status_idx" ON "PostMortemActionItem"("ownerId", "status");

-- CreateIndex
CREATE INDEX "PostMortemActionItem_status_dueAt_idx" ON "PostMortemActionItem"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommunicationChannel_name_key" ON "CommunicationChannel"("name");

-- CreateIndex
CREATE INDEX "CommunicationMessage_incidentId_sentAt_idx" ON "CommunicationMessage"("incidentId", "sentAt");

-- CreateIndex
CREATE INDEX "Incident_declaredAt_idx" ON "Incident"("declaredAt");

-- CreateIndex
CREATE INDEX "Incident_severity_declaredAt_idx" ON "Incident"("severity", "declaredAt");

-- CreateIndex
CREATE INDEX "ChecklistItem_assigneeId_doneAt_idx" ON "ChecklistItem"("assigneeId", "doneAt");

-- CreateIndex
CREATE INDEX "ChecklistItem_doneAt_dueAt_idx" ON "ChecklistItem"("doneAt", "dueAt");

-- AddForeignKey
ALTER TABLE "PostMortem" ADD CONSTRAINT "PostMortem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostMortemActionItem" ADD CONSTRAINT "PostMortemActionItem_postMortemId_fkey" FOREIGN KEY ("postMortemId") REFERENCES "PostMortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostMortemActionItem" ADD CONSTRAINT "PostMortemActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationMessage" ADD CONSTRAINT "CommunicationMessage_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationMessage" ADD CONSTRAINT "CommunicationMessage_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "CommunicationChannel"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Full-text search (lib/server/queries/search.ts must use these exact expressions so the indexes apply).
CREATE INDEX "Incident_search_idx" ON "Incident" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("summary", '')));
CREATE INDEX "PostMortem_search_idx" ON "PostMortem" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("content", '')));
