-- CreateTable
CREATE TABLE "StaffDuty" (
    "userId" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "StaffDuty_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Whereabouts" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "from" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "returnedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Whereabouts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Whereabouts_userId_until_idx" ON "Whereabouts"("userId", "until");

