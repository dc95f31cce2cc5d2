-- AlterTable
ALTER TABLE "Department" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ServiceStation" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Window" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
