-- CreateEnum
CREATE TYPE "OperationKind" AS ENUM ('BACKUP', 'RESTORE', 'RECONCILE');

-- CreateEnum
CREATE TYPE "OperationStatus" AS ENUM ('DUE', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "OperationRun" (
    "id" TEXT NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "status" "OperationStatus" NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "archive" TEXT,
    "sizeBytes" BIGINT,
    "summary" JSONB,
    "error" TEXT,

    CONSTRAINT "OperationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OperationRun_kind_startedAt_idx" ON "OperationRun"("kind", "startedAt" DESC);
