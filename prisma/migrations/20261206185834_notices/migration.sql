-- CreateEnum
CREATE TYPE "NoticeChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('PENDING', 'SENT', 'RECORDED', 'FAILED');

-- AlterTable
ALTER TABLE "Matter" ADD COLUMN     "applicantEmailCipher" TEXT;

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "data" JSONB,
    "status" "NoticeStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "leasedUntil" TIMESTAMP(3),
    "leaseOwner" TEXT,
    "lastError" TEXT,
    "provider" TEXT,
    "recipientMasked" TEXT,
    "subject" TEXT,
    "body" TEXT,
    "providerRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeTemplate" (
    "kind" TEXT NOT NULL,
    "smsText" TEXT NOT NULL,
    "smsTemplateCode" TEXT,
    "emailSubject" TEXT NOT NULL,
    "emailBody" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "NoticeTemplate_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "StaffNotice" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "matterId" TEXT,
    "taskKey" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "StaffNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notice_key_key" ON "Notice"("key");

-- CreateIndex
CREATE INDEX "Notice_matterId_createdAt_idx" ON "Notice"("matterId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffNotice_key_key" ON "StaffNotice"("key");

-- CreateIndex
CREATE INDEX "StaffNotice_userId_createdAt_idx" ON "StaffNotice"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "StaffNotice_taskKey_idx" ON "StaffNotice"("taskKey");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Written by hand (partial indexes, which the schema cannot express):
-- the dispatcher's lease reads the pending notices soonest first, and only those are in the index;
CREATE INDEX "Notice_pending_nextAttemptAt_idx" ON "Notice"("nextAttemptAt") WHERE "status" = 'PENDING';
-- the bell's unread count per user reads the index alone.
CREATE INDEX "StaffNotice_unread_userId_idx" ON "StaffNotice"("userId") WHERE "readAt" IS NULL;
