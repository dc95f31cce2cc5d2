-- 整改 and 督办 loops: department heads, rectification replies and reviews, supervision replies and escalation

ALTER TABLE "Department" ADD COLUMN "headUserId" TEXT;

ALTER TABLE "Rectification" RENAME COLUMN "resolution" TO "measures";
ALTER TABLE "Rectification" RENAME COLUMN "doneAt" TO "acceptedAt";
ALTER TABLE "Rectification" RENAME COLUMN "doneById" TO "acceptedById";
ALTER TABLE "Rectification" ADD COLUMN "departmentId" TEXT,
  ADD COLUMN "repliedAt" TIMESTAMP(3),
  ADD COLUMN "repliedById" TEXT,
  ADD COLUMN "reviewNote" TEXT,
  ADD COLUMN "returnCount" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "escalatedAt" TIMESTAMP(3);
UPDATE "Rectification" SET "status" = 'ACCEPTED' WHERE "status" = 'DONE';
UPDATE "Rectification" r SET "departmentId" = d."id"
  FROM "Matter" m JOIN "ServiceItem" i ON i."code" = m."itemCode" JOIN "Department" d ON d."code" = i."leadDepartmentCode"
  WHERE m."id" = r."matterId";
CREATE INDEX "Rectification_status_dueDate_idx" ON "Rectification"("status", "dueDate");

ALTER TABLE "Supervision" ADD COLUMN "replyDueDate" TEXT,
  ADD COLUMN "status" TEXT NOT NULL DEFAULT 'OPEN',
  ADD COLUMN "reply" TEXT,
  ADD COLUMN "repliedAt" TIMESTAMP(3),
  ADD COLUMN "repliedById" TEXT,
  ADD COLUMN "escalatedAt" TIMESTAMP(3),
  ADD COLUMN "closedAt" TIMESTAMP(3),
  ADD COLUMN "closedById" TEXT,
  ADD COLUMN "closeNote" TEXT;
CREATE INDEX "Supervision_status_replyDueDate_idx" ON "Supervision"("status", "replyDueDate");
