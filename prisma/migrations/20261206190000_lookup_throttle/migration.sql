-- CreateTable
CREATE TABLE "LookupThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LookupThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LookupThrottle_updatedAt_idx" ON "LookupThrottle"("updatedAt");
