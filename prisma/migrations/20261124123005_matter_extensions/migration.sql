-- CreateTable
CREATE TABLE "Extension" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Extension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Extension_eventKey_key" ON "Extension"("eventKey");

-- CreateIndex
CREATE INDEX "Extension_matterId_idx" ON "Extension"("matterId");

-- AddForeignKey
ALTER TABLE "Extension" ADD CONSTRAINT "Extension_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "suspended" BOOLEAN NOT NULL DEFAULT false;
