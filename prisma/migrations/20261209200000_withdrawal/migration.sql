-- AlterEnum
ALTER TYPE "MatterStatus" ADD VALUE 'WITHDRAWN';

-- CreateTable
CREATE TABLE "Withdrawal" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT,
    "fileKey" TEXT,
    "fileName" TEXT,
    "mime" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Withdrawal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_matterId_key" ON "Withdrawal"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "Withdrawal_eventKey_key" ON "Withdrawal"("eventKey");

-- AddForeignKey
ALTER TABLE "Withdrawal" ADD CONSTRAINT "Withdrawal_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
