-- 投诉 as matters: the link row of a complaint matter (issue 29 item 5)

CREATE TABLE "Complaint" (
    "matterId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "subjectMatterId" TEXT,
    "subjectUserId" TEXT,
    "suggestedDepartmentCode" TEXT,
    "departmentCode" TEXT,
    "assignedAt" TIMESTAMP(3),
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("matterId")
);

CREATE INDEX "Complaint_subjectMatterId_idx" ON "Complaint"("subjectMatterId");
CREATE INDEX "Complaint_subjectUserId_idx" ON "Complaint"("subjectUserId");
CREATE INDEX "Complaint_departmentCode_createdAt_idx" ON "Complaint"("departmentCode", "createdAt");
