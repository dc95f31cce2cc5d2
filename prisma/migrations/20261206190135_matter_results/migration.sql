-- CreateEnum
CREATE TYPE "ResultStatus" AS ENUM ('VALID', 'REVOKED');

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "carrier" TEXT;

-- CreateTable
CREATE TABLE "MatterResult" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "resultNo" TEXT NOT NULL,
    "verifyCode" TEXT NOT NULL,
    "resultType" TEXT NOT NULL,
    "centreCode" TEXT NOT NULL,
    "centreName" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "itemName" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "validUntil" TEXT,
    "fileKey" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "status" "ResultStatus" NOT NULL DEFAULT 'VALID',
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "MatterResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultCounter" (
    "centreCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ResultCounter_pkey" PRIMARY KEY ("centreCode","year")
);

-- CreateTable
CREATE TABLE "ResultFailure" (
    "eventKey" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "error" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultFailure_pkey" PRIMARY KEY ("eventKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatterResult_eventKey_key" ON "MatterResult"("eventKey");

-- CreateIndex
CREATE UNIQUE INDEX "MatterResult_resultNo_key" ON "MatterResult"("resultNo");

-- CreateIndex
CREATE UNIQUE INDEX "MatterResult_verifyCode_key" ON "MatterResult"("verifyCode");

-- CreateIndex
CREATE INDEX "MatterResult_matterId_idx" ON "MatterResult"("matterId");

-- CreateIndex
CREATE INDEX "ResultFailure_matterId_idx" ON "ResultFailure"("matterId");
