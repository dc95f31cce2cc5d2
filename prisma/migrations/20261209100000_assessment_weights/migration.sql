-- CreateTable
CREATE TABLE "AssessmentWeights" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "efficiency" INTEGER NOT NULL,
    "quality" INTEGER NOT NULL,
    "performance" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AssessmentWeights_pkey" PRIMARY KEY ("id")
);

-- One row, each weight 0–100 and the three adding up to 100, whoever writes them
ALTER TABLE "AssessmentWeights" ADD CONSTRAINT "AssessmentWeights_one_row" CHECK ("id" = 1);
ALTER TABLE "AssessmentWeights" ADD CONSTRAINT "AssessmentWeights_sum_100" CHECK (
  "efficiency" BETWEEN 0 AND 100 AND "quality" BETWEEN 0 AND 100 AND "performance" BETWEEN 0 AND 100
  AND "efficiency" + "quality" + "performance" = 100
);

-- The weights a centre starts with until an admin sets its own: efficiency 40, quality 40, performance 20
INSERT INTO "AssessmentWeights" ("id", "efficiency", "quality", "performance", "updatedAt") VALUES (1, 40, 40, 20, CURRENT_TIMESTAMP);

-- The assessment reads a year of finished matters: from this index alone (an index-only scan), not the wide rows
CREATE INDEX "Matter_assessment_idx" ON "Matter"("completedAt") INCLUDE ("status", "acceptedAt", "dueAt", "acceptedById", "agentId") WHERE "status" IN ('COMPLETED', 'REJECTED');

-- and who completed the steps of those matters
CREATE INDEX "Task_completed_matter_idx" ON "Task"("matterId") INCLUDE ("completedById") WHERE "status" = 'COMPLETED';
