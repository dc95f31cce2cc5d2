-- AlterTable
ALTER TABLE "Matter" ADD COLUMN "migratedFromVersion" INTEGER,
ADD COLUMN "migratedAt" TIMESTAMP(3);

-- CreateEnum
CREATE TYPE "MigrationOutcome" AS ENUM ('MIGRATED', 'REFUSED', 'FAILED');

-- CreateTable
CREATE TABLE "MigrationBatch" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "fromVersionId" TEXT NOT NULL,
    "toVersionId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "mapping" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "MigrationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MigrationItem" (
    "batchId" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "outcome" "MigrationOutcome" NOT NULL,
    "reasonZh" TEXT,
    "reasonEn" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MigrationItem_pkey" PRIMARY KEY ("batchId","matterId")
);

-- CreateIndex
CREATE INDEX "MigrationBatch_procedureId_createdAt_idx" ON "MigrationBatch"("procedureId", "createdAt");

-- CreateIndex
CREATE INDEX "MigrationItem_matterId_idx" ON "MigrationItem"("matterId");

-- AddForeignKey
ALTER TABLE "MigrationItem" ADD CONSTRAINT "MigrationItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "MigrationBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigrationItem" ADD CONSTRAINT "MigrationItem_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
