-- CreateTable
CREATE TABLE "StepSubmission" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "taskKey" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "opinion" TEXT,
    "formData" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepSubmission_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "submissionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "StepSubmission_updateId_key" ON "StepSubmission"("updateId");

-- CreateIndex
CREATE INDEX "StepSubmission_taskKey_idx" ON "StepSubmission"("taskKey");

-- CreateIndex
CREATE UNIQUE INDEX "Task_submissionId_key" ON "Task"("submissionId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "StepSubmission"("id") ON DELETE SET NULL ON UPDATE CASCADE;
