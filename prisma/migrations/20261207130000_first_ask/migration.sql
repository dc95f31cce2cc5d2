-- CreateTable
CREATE TABLE "FirstAsk" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "responderId" TEXT NOT NULL,
    "askerName" TEXT,
    "askerPhoneCipher" TEXT,
    "askerPhoneLast4" TEXT,
    "question" TEXT NOT NULL,
    "itemCode" TEXT,
    "outcome" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "handedToUserId" TEXT,
    "handedToDepartmentCode" TEXT,
    "matterId" TEXT,
    "linkedAt" TIMESTAMP(3),
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirstAsk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FirstAsk_responderId_askedAt_idx" ON "FirstAsk"("responderId", "askedAt");

-- CreateIndex
CREATE INDEX "FirstAsk_matterId_idx" ON "FirstAsk"("matterId");

-- CreateIndex
CREATE INDEX "FirstAsk_askedAt_idx" ON "FirstAsk"("askedAt");

