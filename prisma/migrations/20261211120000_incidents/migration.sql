-- AlterEnum
ALTER TYPE "MatterStatus" ADD VALUE 'TERMINATED';

-- CreateEnum
CREATE TYPE "IncidentKind" AS ENUM ('SERVICE_FAILED', 'SERVICE_REFUSED', 'NO_WAY_OUT', 'BPMN_ERROR', 'DATA_INVALID');

-- CreateEnum
CREATE TYPE "IncidentResolution" AS ENUM ('RETRIED', 'MOVED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "tokenId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "nodeName" TEXT NOT NULL,
    "kind" "IncidentKind" NOT NULL,
    "causeZh" TEXT NOT NULL,
    "causeEn" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "targets" JSONB NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolution" "IncidentResolution",
    "resolvedById" TEXT,
    "resolutionNote" TEXT,
    "movedToNodeId" TEXT,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Incident_resolvedAt_raisedAt_idx" ON "Incident"("resolvedAt", "raisedAt");

-- CreateIndex
CREATE INDEX "Incident_matterId_idx" ON "Incident"("matterId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
