-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CLERK', 'APPROVER', 'DESIGNER', 'MANAGER', 'ADMIN', 'AGENT');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('IMMEDIATE', 'PROMISED', 'JOINT', 'REPORTED');

-- CreateEnum
CREATE TYPE "MatterStatus" AS ENUM ('PENDING_START', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'REPORTED_UP', 'NOT_ACCEPTED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "WarningLevel" AS ENUM ('NONE', 'YELLOW', 'RED');

-- CreateEnum
CREATE TYPE "WindowKind" AS ENUM ('COMPREHENSIVE', 'SPECIALIZED');

-- CreateEnum
CREATE TYPE "DayKind" AS ENUM ('WORKDAY', 'HOLIDAY');

-- CreateEnum
CREATE TYPE "IntakeDecisionKind" AS ENUM ('NOTICE', 'REFUSAL');

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Window" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "WindowKind" NOT NULL DEFAULT 'COMPREHENSIVE',
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "Window_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceStation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "village" TEXT NOT NULL,

    CONSTRAINT "ServiceStation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "departmentId" TEXT NOT NULL,
    "stationId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "backupUserId" TEXT,
    "absentFrom" TIMESTAMP(3),
    "absentUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" "CaseKind" NOT NULL,
    "leadDepartmentCode" TEXT NOT NULL,
    "coDepartmentCodes" TEXT[],
    "legalBasis" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "statutoryDays" INTEGER NOT NULL,
    "fees" TEXT NOT NULL DEFAULT '不收费',
    "deliveryMethods" TEXT[],
    "procedureKey" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Material" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "deficiencyAllowed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sort" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "draftXml" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureVersion" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "xml" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "ProcedureVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bundle" (
    "id" TEXT NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bundle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Matter" (
    "id" TEXT NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "procedureVersionId" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "status" "MatterStatus" NOT NULL DEFAULT 'PENDING_START',
    "outcomeReason" TEXT,
    "applicantName" TEXT NOT NULL,
    "applicantIdCipher" TEXT NOT NULL,
    "applicantIdMasked" TEXT NOT NULL,
    "applicantIdDigest" TEXT NOT NULL,
    "applicantPhoneCipher" TEXT NOT NULL,
    "phoneLast4" TEXT NOT NULL,
    "agentId" TEXT,
    "entrustment" JSONB,
    "windowId" TEXT,
    "acceptedById" TEXT NOT NULL,
    "acceptedDepartmentCode" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "itemName" TEXT NOT NULL,
    "leadDepartmentCode" TEXT NOT NULL,
    "departmentCodes" TEXT[],
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "acceptedOn" TEXT NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "statutoryDays" INTEGER NOT NULL,
    "dueDate" TEXT,
    "dueAt" TIMESTAMP(3),
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "warningLevel" "WarningLevel" NOT NULL DEFAULT 'NONE',
    "lastProgressAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "materials" JSONB NOT NULL,
    "deficiencies" JSONB,
    "viaAgent" BOOLEAN NOT NULL DEFAULT false,
    "bundleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Matter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suspension" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "startDate" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endDate" TEXT,

    CONSTRAINT "Suspension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineChange" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "oldDueDate" TEXT,
    "newDueDate" TEXT,
    "reasonZh" TEXT NOT NULL,
    "reasonEn" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "taskKey" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stepKind" TEXT NOT NULL,
    "candidateDepartmentCode" TEXT,
    "candidateRole" "Role",
    "assigneeId" TEXT,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "dueAt" TIMESTAMP(3),
    "decision" TEXT,
    "comment" TEXT,
    "formData" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatterEvent" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB,

    CONSTRAINT "MatterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarOverride" (
    "date" TEXT NOT NULL,
    "kind" "DayKind" NOT NULL,
    "note" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarOverride_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "objectType" TEXT,
    "objectId" TEXT,
    "ip" TEXT,
    "detail" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "ReceiptCounter" (
    "day" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReceiptCounter_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "IntakeDecision" (
    "id" TEXT NOT NULL,
    "noticeNo" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "kind" "IntakeDecisionKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantIdMasked" TEXT NOT NULL,
    "missing" JSONB NOT NULL,
    "reason" TEXT,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "trackingNo" TEXT,
    "signedBy" TEXT,
    "terminalCode" TEXT,
    "deliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "windowId" TEXT,
    "staffId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supervision" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT,
    "message" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Supervision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Window_code_key" ON "Window"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceStation_code_key" ON "ServiceStation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_code_key" ON "ServiceItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Material_itemId_code_key" ON "Material"("itemId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_key_key" ON "Procedure"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureVersion_procedureId_version_key" ON "ProcedureVersion"("procedureId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Bundle_receiptNo_key" ON "Bundle"("receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "Matter_receiptNo_key" ON "Matter"("receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "Matter_idempotencyKey_key" ON "Matter"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Matter_workflowId_key" ON "Matter"("workflowId");

-- CreateIndex
CREATE INDEX "Matter_status_dueAt_idx" ON "Matter"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Matter_leadDepartmentCode_status_idx" ON "Matter"("leadDepartmentCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Suspension_eventKey_key" ON "Suspension"("eventKey");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineChange_eventKey_key" ON "DeadlineChange"("eventKey");

-- CreateIndex
CREATE UNIQUE INDEX "Task_taskKey_key" ON "Task"("taskKey");

-- CreateIndex
CREATE INDEX "Task_candidateDepartmentCode_status_dueAt_idx" ON "Task"("candidateDepartmentCode", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_idx" ON "Task"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Task_matterId_idx" ON "Task"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "MatterEvent_eventKey_key" ON "MatterEvent"("eventKey");

-- CreateIndex
CREATE INDEX "MatterEvent_matterId_at_idx" ON "MatterEvent"("matterId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_objectType_objectId_idx" ON "AuditLog"("objectType", "objectId");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeDecision_noticeNo_key" ON "IntakeDecision"("noticeNo");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeDecision_idempotencyKey_key" ON "IntakeDecision"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_matterId_key" ON "Delivery"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_matterId_key" ON "Rating"("matterId");

-- CreateIndex
CREATE INDEX "Supervision_matterId_idx" ON "Supervision"("matterId");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_ratingId_key" ON "Rectification"("ratingId");

-- AddForeignKey
ALTER TABLE "Window" ADD CONSTRAINT "Window_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "ServiceStation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureVersion" ADD CONSTRAINT "ProcedureVersion_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suspension" ADD CONSTRAINT "Suspension_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineChange" ADD CONSTRAINT "DeadlineChange_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatterEvent" ADD CONSTRAINT "MatterEvent_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

