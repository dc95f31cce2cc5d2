-- CreateTable
CREATE TABLE "AccountabilityCase" (
    "matterId" TEXT NOT NULL,
    "overturnedOnAppeal" BOOLEAN NOT NULL DEFAULT false,
    "appealDecision" TEXT,
    "reason" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountabilityCase_pkey" PRIMARY KEY ("matterId")
);

-- CreateIndex
CREATE INDEX "AccountabilityCase_overturnedOnAppeal_recordedAt_idx" ON "AccountabilityCase"("overturnedOnAppeal", "recordedAt");

-- The report finds overdue matters by the day their limit ended
CREATE INDEX "Matter_dueAt_idx" ON "Matter"("dueAt");
