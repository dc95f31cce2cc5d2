-- CreateEnum
CREATE TYPE "ExtensionRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- CreateTable
CREATE TABLE "ExtensionRequest" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ExtensionRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorityAnswer" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "answeredOn" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "referenceNo" TEXT NOT NULL,
    "note" TEXT,
    "fileKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorityAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuthorityAnswer_eventKey_key" ON "AuthorityAnswer"("eventKey");

-- AlterTable
ALTER TABLE "Extension" ADD COLUMN "requestId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Extension_requestId_key" ON "Extension"("requestId");

-- CreateIndex
CREATE INDEX "ExtensionRequest_status_requestedAt_idx" ON "ExtensionRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "ExtensionRequest_matterId_idx" ON "ExtensionRequest"("matterId");

-- CreateIndex
CREATE INDEX "AuthorityAnswer_matterId_idx" ON "AuthorityAnswer"("matterId");

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorityAnswer" ADD CONSTRAINT "AuthorityAnswer_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: Prisma 6's schema cannot express a partial index (see the note on ExtensionRequest in
-- schema.prisma). Licensing Law art. 42 allows one extension: a matter has at most one request waiting for a manager
-- or approved, so two staff asking at once, or a second request after an approval, cannot both stand.
CREATE UNIQUE INDEX "ExtensionRequest_one_live_per_matter" ON "ExtensionRequest"("matterId") WHERE "status" IN ('PENDING', 'APPROVED');
